// The F9 probes: sessions of the portal itself, run in Node. Each opens the screens of its role with
// the portal's own documents and transport (createTransport: createCache's cache, the split HTTP and
// WebSocket link, the portal's fetch policies) and runs the portal's live feed (startLiveFeed, which
// applies every event with applyEvent). It counts every GraphQL operation its client sends once the
// screens were read (re-reads) and notes when each event had been applied to its cache.
// Not run as it is: portal-bundle.mjs bundles it with web/src for Node, and load.mjs runs the bundle.
import { ApolloLink } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { createTransport } from '../../web/src/apollo/client';
import { startLiveFeed } from '../../web/src/live/live-feed';
import { LIVE } from '../../web/src/live/live.documents';
import { BOARD_COLUMN, COLUMN_PAGE } from '../../web/src/features/board/BoardColumn';
import { HELD_JOBS, INBOX_OFFERS } from '../../web/src/features/inbox/Inbox';
import { QUEUE } from '../../web/src/features/parts/PartsQueue';
import { MY_JOBS } from '../../web/src/features/work/MyJobs';
import { now } from './stats.mjs';

/** The subscription exactly as the live feed sends it (live-feed.ts prints it the same way). */
export const LIVE_QUERY = print(addTypenameToDocument(LIVE));

// The screens each role keeps open, with the variables those screens ask with (Board.tsx,
// Inbox.tsx, PartsQueue.tsx and MyJobs.tsx, without filters chosen).
const BOARD = ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED'];
const HELD = ['ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'];
const SCREENS = {
  DISPATCHER: BOARD.map((status) => ({ query: BOARD_COLUMN, variables: { filter: { status: [status] }, first: COLUMN_PAGE } })),
  PARTNER_ADMIN: [
    { query: INBOX_OFFERS, variables: { first: 50 } },
    { query: HELD_JOBS, variables: { filter: { status: HELD }, first: 50 } },
  ],
  PARTS_CLERK: [{ query: QUEUE, variables: { status: 'REQUESTED' } }],
  TECHNICIAN: [{ query: MY_JOBS, variables: { filter: { status: HELD }, first: 100 } }],
};

/**
 * What the portal's transport takes from the browser: the page's address (for the WebSocket URL)
 * and fetch resolving the relative `/graphql`. Node has WebSocket and fetch of its own.
 */
function actAsPageOf(base) {
  globalThis.location = new URL(base);
  const fetch = globalThis.fetch;
  globalThis.fetch = (input, init) => fetch(typeof input === 'string' ? new URL(input, base) : input, init);
}

/** When any probe last applied an event: once none has for a while, nothing more is coming. */
let lastApplied = 0;

/** Opens one session: the live feed first (as the portal's provider does), then the screens. */
async function openProbe({ role, token }) {
  const { apollo, ws } = createTransport(token);
  let counting = 'screens';
  const operations = { screens: [], after: [] };
  apollo.setLink(
    ApolloLink.from([
      new ApolloLink((operation, forward) => {
        operations[counting]?.push(operation.operationName);
        return forward(operation);
      }),
      apollo.link,
    ]),
  );
  // How long applying one event takes (applyEvent is one cache.batch; the screens' watches are told
  // within it), once the screens are read.
  const applying = [];
  const batch = apollo.cache.batch.bind(apollo.cache);
  apollo.cache.batch = (options) => {
    const started = performance.now();
    const result = batch(options);
    if (counting === 'after') applying.push(performance.now() - started);
    return result;
  };
  const applied = new Map();
  let connected;
  const up = new Promise((resolve) => (connected = resolve));
  const feed = startLiveFeed({ ws, apollo, onEvent: (event) => applied.set(event.cursor, (lastApplied = now())), onConnected: (is) => is && connected() });
  await up;
  const screens = SCREENS[role].map((screen) => ({ ...screen, watch: apollo.watchQuery(screen) }));
  const watching = [];
  await Promise.all(
    screens.map(
      ({ watch }) =>
        new Promise((resolve, reject) =>
          watching.push(
            watch.subscribe({
              next: (result) => result.dataState === 'complete' && !result.loading && resolve(),
              error: reject,
            }),
          ),
        ),
    ),
  );
  counting = 'after';
  return {
    role,
    has: (cursor) => applied.has(cursor),
    async stop() {
      counting = null;
      feed.stop();
      const agreement = [];
      for (const screen of screens) agreement.push(await compareWithFreshRead(apollo, screen));
      for (const subscription of watching) subscription.unsubscribe();
      await ws.dispose();
      apollo.stop();
      return {
        role,
        screenReads: operations.screens.length,
        reads: operations.after,
        applied: feed.stats.applied,
        resyncs: feed.stats.resyncs,
        arrivals: [...applied],
        applying,
        agreement,
      };
    },
  };
}

/**
 * Whether the screen shows what a fresh read would: the same count, and the same rows in the same
 * order as far as both go (the cache may hold more rows than a first page, placed by events).
 */
async function compareWithFreshRead(apollo, { query, variables, watch }) {
  const shown = watch.getCurrentResult().data;
  const fresh = (await apollo.query({ query, variables, fetchPolicy: 'no-cache' })).data;
  const list = (data) => {
    const value = Object.values(data ?? {})[0];
    return Array.isArray(value) ? { ids: value.map((item) => item.id) } : { ids: value?.edges.map((edge) => edge.node.id) ?? [], count: value?.totalCount };
  };
  const a = list(shown);
  const b = list(fresh);
  const length = Math.min(a.ids.length, b.ids.length);
  const name = `${query.definitions[0].name.value}${variables.filter?.status?.length === 1 ? ` ${variables.filter.status[0]}` : ''}`;
  return {
    name,
    shown: a.count ?? a.ids.length,
    fresh: b.count ?? b.ids.length,
    agree: a.count === b.count && a.ids.slice(0, length).join() === b.ids.slice(0, length).join(),
  };
}

/** Opens every probe against the server at `base` (a few at a time, as people open the portal). */
export async function openProbes(base, probes) {
  actAsPageOf(base);
  const open = [];
  for (let i = 0; i < probes.length; i += 5) open.push(...(await Promise.all(probes.slice(i, i + 5).map(openProbe))));
  const staff = open.filter((probe) => probe.role === 'DISPATCHER' || probe.role === 'PARTS_CLERK');
  return {
    count: open.length,
    /**
     * Waits until every staff probe (they see every event) applied the event `cursor`, or no probe
     * applied anything for 10 s (a probe that re-read its screens skips what came before), or `timeout`.
     */
    async drain(cursor, timeout) {
      const started = now();
      const complete = () => staff.every((probe) => probe.has(cursor));
      while (!complete() && now() - lastApplied < 10_000 && now() - started < timeout) await new Promise((resolve) => setTimeout(resolve, 100));
      return { ms: now() - started, complete: complete() };
    },
    stop: async () => Promise.all(open.map((probe) => probe.stop())),
  };
}
