import { PayloadTooLargeException } from '@nestjs/common';
import { IMPORT_FILE_MAX_BYTES } from '@lukuhaaste/shared/util-rules';
import type { FastifyInstance, FastifyRequest, onRouteHookHandler, preValidationAsyncHookHandler } from 'fastify';
import { Kind, parse, type DocumentNode } from 'graphql';
import { Transform, type Readable } from 'node:stream';
import { MAX_TOKENS } from '../graphql/graphql-limits';

/** What any GraphQL request but the import may send. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** JSON escaping of a CSV file's quotes and line breaks can add half again to its size. */
const IMPORT_BODY_LIMIT_BYTES = Math.ceil(IMPORT_FILE_MAX_BYTES * 1.5);
/** The operation name the web app sends in this header with the import; others stay at BODY_LIMIT_BYTES. */
export const IMPORT_OPERATION_NAME = 'ImportGoodreadsCsv';

// Nest's exception layer answers hook errors: its own exception keeps the status 413.
const tooLarge = () => new PayloadTooLargeException('Request body is too large');

/**
 * The Goodreads import sends the file's text in a GraphQL variable (3–5 MB
 * for 10,000 rows), so the GraphQL route takes bodies up to
 * IMPORT_BODY_LIMIT_BYTES — but only for a request naming the import in
 * `x-apollo-operation-name` (refused before its body is read otherwise) whose
 * document then selects `importGoodreadsCsv` alone. Everything else keeps the
 * 1 MiB limit (413).
 */
export function allowLargeImportBodies(fastify: FastifyInstance, graphqlPath: string): void {
  const onRoute: onRouteHookHandler = (route) => {
    if (route.url !== graphqlPath) return;
    route.bodyLimit = IMPORT_BODY_LIMIT_BYTES;
    route.preParsing = [...asArray(route.preParsing), limitUnlessImport];
    route.preValidation = [...asArray(route.preValidation), requireImportDocument];
  };
  fastify.addHook('onRoute', onRoute);
}

const largeBodies = new WeakSet<FastifyRequest>();

async function limitUnlessImport(request: FastifyRequest, _reply: unknown, payload: Readable): Promise<Readable> {
  const declared = Number(request.headers['content-length']);
  if (declared <= BODY_LIMIT_BYTES) return payload;
  if (request.headers['x-apollo-operation-name'] === IMPORT_OPERATION_NAME) {
    largeBodies.add(request);
    return payload;
  }
  if (request.headers['content-length'] !== undefined) throw tooLarge();
  // A body without a declared length is counted as it arrives.
  let received = 0;
  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback(received > BODY_LIMIT_BYTES ? tooLarge() : null, chunk);
      },
    }),
  );
}

const requireImportDocument: preValidationAsyncHookHandler = async (request) => {
  if (largeBodies.has(request) && !selectsOnlyImport(request.body)) throw tooLarge();
};

function selectsOnlyImport(body: unknown): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    return false;
  }
  const [operation, ...others] = document.definitions;
  if (others.length > 0 || operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation')
    return false;
  const [field, ...more] = operation.selectionSet.selections;
  return more.length === 0 && field?.kind === Kind.FIELD && field.name.value === 'importGoodreadsCsv';
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
