import type { ApolloClient } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import type { LiveEventFragment } from '../gql/graphql';
import { applyEvent } from './apply-event';
import { LIVE, MISSED } from './live.documents';

/**
 * Past this many missed events a session coming back re-reads its screens instead of replaying:
 * the server counts no further (missedEventCount stops at 1,001), applying an event costs about
 * as much as re-reading one small list, and a handful of lists is on any screen; replaying a
 * thousand would keep a returning screen busy longer than reading it afresh.
 */
export const REPLAY_LIMIT = 1000;

export interface LiveFeedOptions {
  ws: Client;
  apollo: ApolloClient;
  /** Every event, after it was applied to the cache. */
  onEvent?(event: LiveEventFragment): void;
  /** The screens were re-read (a gap too large to replay, or a log restored from a backup). */
  onResync?(): void;
  onConnected?(connected: boolean): void;
}

export interface LiveFeed {
  stop(): void;
  /** The cursor of the last event applied: the cache reflects the log up to it. */
  readonly cursor: string | null;
  /** Events applied, and full re-reads, since the start (the F9 benchmark reads them). */
  readonly stats: { applied: number; resyncs: number };
}

/**
 * One live feed per cache: it subscribes from now (what the screens then read is the state the
 * events continue from), applies each event to the cache, and when the socket comes back resumes
 * from the last cursor it applied, so nothing is missed and nothing applied twice. The cursor
 * belongs to this cache; a new session starts a new one. A plain module: the F9 probes run it in Node.
 */
export function startLiveFeed(options: LiveFeedOptions): LiveFeed {
  const { ws, apollo } = options;
  const query = print(addTypenameToDocument(LIVE));
  const stats = { applied: 0, resyncs: 0 };
  let cursor: string | null = null;
  let unsubscribe: (() => void) | null = null;
  let stopped = false;

  // Events that arrive together (a burst, or while the page was busy) are applied in one cache
  // transaction: the screens' queries are compared and re-rendered once per batch, not per event.
  let received: LiveEventFragment[] = [];
  let flushing: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    flushing = null;
    const batch = received;
    received = [];
    if (stopped || batch.length === 0) return;
    apollo.cache.batch({
      update: () => {
        for (const event of batch) applyEvent(apollo.cache, event);
      },
    });
    stats.applied += batch.length;
    for (const event of batch) options.onEvent?.(event);
  };
  const flushSoon = () => {
    flushing ??= setTimeout(flush, 0);
  };

  const subscribe = (after: string | null) => {
    if (stopped) return;
    unsubscribe = ws.subscribe<{ serviceEvents: LiveEventFragment }>(
      { query, variables: { after } },
      {
        next: ({ data }) => {
          const event = data?.serviceEvents;
          if (!event || event.cursor === cursor) return;
          cursor = event.cursor;
          received.push(event);
          flushSoon();
        },
        // The socket dropped, or the server cut a slow reader off: `connected` brings it back.
        error: (error) => {
          if (cursorRefused(error)) void resync();
        },
        complete: () => undefined,
      },
    );
  };

  /** The screens are read again (what no screen shows is dropped) and the feed goes on from now. */
  const resync = async () => {
    unsubscribe?.();
    cursor = null;
    received = [];
    stats.resyncs++;
    subscribe(null);
    await apollo.resetStore();
    options.onResync?.();
  };

  /**
   * Back after a drop: replay what was missed, unless it is too much to replay. The count is asked
   * over HTTP; while the server cannot answer, it is asked again later.
   */
  let retry: ReturnType<typeof setTimeout> | null = null;
  const resume = async (attempt = 0): Promise<void> => {
    retry = null;
    if (stopped) return;
    if (!cursor) return subscribe(null);
    const missed = await apollo.query({ query: MISSED, variables: { after: cursor }, fetchPolicy: 'no-cache' }).then(
      (result) => result.data?.missedEventCount ?? REPLAY_LIMIT + 1,
      (error: unknown) => (cursorRefused(graphQLErrorsOf(error)) ? REPLAY_LIMIT + 1 : null),
    );
    if (missed === null) {
      retry = setTimeout(() => void resume(attempt + 1), Math.min(500 * 2 ** attempt, 8000));
      return;
    }
    if (missed > REPLAY_LIMIT) return resync();
    subscribe(cursor);
  };

  const offConnected = ws.on('connected', () => options.onConnected?.(true));
  // On a drop graphql-ws would subscribe again with the first variables (from now), and events
  // applied from that would skip the missed ones: the subscription is ended at once and started
  // again from the cursor (which also brings the lazy socket back).
  const offClosed = ws.on('closed', () => {
    options.onConnected?.(false);
    if (stopped) return;
    unsubscribe?.();
    unsubscribe = null;
    retry ??= setTimeout(() => void resume(), 1000);
  });
  subscribe(null);

  return {
    stop: () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      if (flushing) clearTimeout(flushing);
      unsubscribe?.();
      offConnected();
      offClosed();
    },
    get cursor() {
      return cursor;
    },
    stats,
  };
}

/** The GraphQL errors of a failed Apollo query, if it got an answer. */
const graphQLErrorsOf = (error: unknown): unknown => (error as { errors?: unknown } | null)?.errors ?? null;

/** The server refuses a cursor ahead of its log (the database was restored from a backup). */
const cursorRefused = (error: unknown): boolean =>
  Array.isArray(error) &&
  error.some((e: { extensions?: { code?: string; field?: string } }) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'after');
