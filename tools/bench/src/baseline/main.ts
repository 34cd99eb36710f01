// The hand-written contender: Fastify + pg answering what the pages ask
// GraphQL for, in its own process like the API, on the same database. Like
// the API, every request looks up the session cookie's user first.
// Prints {"port": n} on stdout once it listens.
import Fastify, { type FastifyReply } from 'fastify';
import pg from 'pg';
import { categoryReads } from './category-reads.baseline.ts';
import { challengePage } from './challenge-page.baseline.ts';
import { commentsPage } from './comments-page.baseline.ts';
import { myParticipation } from './my-participation.baseline.ts';
import { sessionUser } from './session-user.baseline.ts';

const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const app = Fastify();

/** `{"data": …}` ending in a newline as Apollo Server writes it, so both answers are byte-equal; 404 for null. */
const answer = (reply: FastifyReply, data: Record<string, unknown> | null) =>
  data
    ? reply.type('application/json; charset=utf-8').send(`${JSON.stringify({ data })}\n`)
    : reply.code(404).send({ error: 'NOT_FOUND' });

// The framework floor: the body is parsed like a GraphQL request's, then a constant answer.
app.post('/typename', async (_request, reply) => answer(reply, { __typename: 'Query' }));

app.get<{ Querystring: { slug: string } }>('/challenge', async (request, reply) => {
  await sessionUser(pool, request.headers.cookie);
  const challenge = await challengePage(pool, request.query.slug);
  return answer(reply, challenge && { challenge });
});

app.get<{ Querystring: { challengeId: string } }>('/my-participation', async (request, reply) => {
  const user = await sessionUser(pool, request.headers.cookie);
  if (!user) return reply.code(401).send({ error: 'UNAUTHENTICATED' });
  return answer(reply, { myParticipation: await myParticipation(pool, user.id, request.query.challengeId) });
});

app.get<{ Querystring: { categoryId: string; first: string } }>('/category-reads', async (request, reply) => {
  await sessionUser(pool, request.headers.cookie);
  const reads = await categoryReads(pool, request.query.categoryId, Number(request.query.first));
  return answer(reply, reads && { categoryReads: reads });
});

app.get<{ Querystring: { threadId: string; first: string } }>('/comments-page', async (request, reply) => {
  const user = await sessionUser(pool, request.headers.cookie);
  const comments = await commentsPage(pool, request.query.threadId, Number(request.query.first), user?.id ?? null);
  return answer(reply, comments && { comments });
});

process.once('SIGTERM', () => void app.close().then(() => pool.end()));
await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : null }));
