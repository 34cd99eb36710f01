import type { BenchOptions } from '../cli/bench-options.ts';
import type { BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { sessionCookie } from '../graphql/sign-in.ts';
import { webOperation } from '../graphql/web-operation.ts';
import { listenToThread, type ThreadListeners } from '../live/thread-listeners.ts';
import { signInPosters } from '../live/sign-in-posters.ts';
import { summarize } from '../stats/percentile.util.ts';
import { ratio } from '../stats/ratio.util.ts';
import type { DeliverySetupResult, LiveRunResult } from './run-result.ts';

/** Posts per turn before the other set-up takes over (turns alternate A B B A …). */
const TURN = 25;
const WARM_UP_POSTS = 5;
/** No poster posts more than this in a run: under the 10-a-minute comment limit whatever the pace. */
const POSTS_PER_POSTER = 8;
const DELIVERY_TIMEOUT_MS = 5_000;

interface Setup {
  name: string;
  /** Where posts are sent. */
  postTo: string;
  threadId: string;
  listeners: ThreadListeners;
  delivery: number[];
  mutation: number[];
  lost: number;
  posted: number;
}

/**
 * Post → subscriber latency: one API instance with in-memory pub/sub against
 * two instances sharing PostgreSQL and Redis (posts on A, subscribers on B).
 * Posts go one at a time, each after the previous one reached every
 * subscriber, so the figures are delivery latency rather than queueing.
 */
export async function runLiveDelivery(env: BenchEnvironment, options: BenchOptions): Promise<LiveRunResult> {
  const [single, sharedA, sharedB] = await Promise.all([env.api('single'), env.api('sharedA'), env.api('sharedB')]);
  const subscription = webOperation('ThreadEvents');
  const postComment = webOperation('PostComment');
  const { single: singleThread, shared: sharedThread } = env.data.liveThreadIds;
  const setups: [Setup, Setup] = [
    setup(
      'one instance (in-memory)',
      single.baseUrl,
      singleThread,
      listenToThread(single.baseUrl, singleThread, options.subscribers, subscription),
    ),
    setup(
      'two instances (Redis), A → B',
      sharedA.baseUrl,
      sharedThread,
      listenToThread(sharedB.baseUrl, sharedThread, options.subscribers, subscription),
    ),
  ];
  const tokens = await signInPosters(single.baseUrl, Math.ceil((2 * (options.posts + TURN)) / POSTS_PER_POSTER));
  let sent = 0;
  const post = async (target: Setup) => {
    const token = tokens[sent % tokens.length] as string;
    sent += 1;
    const call = graphqlCall(
      target.postTo,
      'PostComment',
      postComment,
      {
        input: { threadId: target.threadId, body: `Viesti ${sent}: luin juuri **tämän kohdan** kirjan, suosittelen!` },
      },
      sessionCookie(token),
    );
    const started = performance.now();
    const response = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body });
    const body = (await response.json()) as { data?: { postComment: { id: string } }; errors?: unknown };
    const answered = performance.now();
    if (!body.data) throw new Error(`Posting to ${target.postTo} failed: ${JSON.stringify(body.errors)}`);
    const arrivals = await target.listeners.arrivals(body.data.postComment.id, DELIVERY_TIMEOUT_MS);
    return { started, answered, arrivals };
  };
  try {
    for (const target of setups) await warmUp(target, post);
    for (let turn = 0; setups.some((target) => target.posted < options.posts); turn += 1) {
      for (const target of turn % 2 === 0 ? setups : [...setups].reverse()) {
        for (let index = 0; index < TURN && target.posted < options.posts; index += 1) {
          const { started, answered, arrivals } = await post(target);
          target.posted += 1;
          target.mutation.push(answered - started);
          for (const arrival of arrivals) {
            if (arrival === null) target.lost += 1;
            else target.delivery.push(arrival - started);
          }
        }
      }
    }
  } finally {
    await Promise.all(setups.map((target) => target.listeners.close()));
  }
  const [one, two] = setups.map((target) => result(target, options.subscribers)) as [
    DeliverySetupResult,
    DeliverySetupResult,
  ];
  return {
    kind: 'latency',
    run: 'live-delivery',
    description: `${options.posts} posts per set-up, one at a time, to ${options.subscribers} subscribers`,
    setups: [one, two],
    p50Ratio: ratio(two.delivery.p50, one.delivery.p50),
    p99Ratio: ratio(two.delivery.p99, one.delivery.p99),
  };
}

function setup(name: string, postTo: string, threadId: string, listeners: ThreadListeners): Setup {
  return { name, postTo, threadId, listeners, delivery: [], mutation: [], lost: 0, posted: 0 };
}

/**
 * Subscriptions start asynchronously on the server: post until one comment
 * reaches every subscriber, then a few more so both set-ups start warm.
 */
async function warmUp(target: Setup, post: (target: Setup) => Promise<{ arrivals: Array<number | null> }>) {
  for (let attempt = 0; attempt < TURN; attempt += 1) {
    const { arrivals } = await post(target);
    if (arrivals.every((arrival) => arrival !== null)) {
      for (let index = 1; index < WARM_UP_POSTS; index += 1) await post(target);
      return;
    }
  }
  throw new Error(`${target.name}: no post reached every subscriber during the warm-up.`);
}

function result(target: Setup, subscribers: number): DeliverySetupResult {
  return {
    name: target.name,
    posts: target.posted,
    subscribers,
    lost: target.lost,
    delivery: summarize(target.delivery),
    mutation: summarize(target.mutation),
    deliverySamples: target.delivery,
  };
}
