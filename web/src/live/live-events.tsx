import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import type { Client } from 'graphql-ws';
import { print } from 'graphql';
import { graphql } from '../gql';

export interface LiveEvent {
  cursor: string;
  kind: string;
  at: string;
  jobId: string | null;
  job: { id: string; number: string; status: string } | null;
  partner: { id: string; name: string } | null;
  actor: { name: string } | null;
  data: Record<string, unknown>;
}

interface Live {
  connected: boolean;
  /** The newest events first, at most 100. */
  recent: LiveEvent[];
}

const LiveContext = createContext<Live>({ connected: false, recent: [] });
/** The last event seen, per user, kept across a sign-out so that signing in again resumes from it. */
const cursorKey = (userId: string) => `portal.cursor.${userId}`;

// A typed document like every other, so the schema test validates it and the server's metrics know its name.
const SUBSCRIPTION = print(
  graphql(`
    subscription Live($after: String) {
      serviceEvents(after: $after) { cursor kind at jobId job { id number status } partner { id name } actor { name } data }
    }
  `),
);

/**
 * One live feed per session. It resumes from the last cursor it saw whenever the socket comes
 * back, so nothing is missed and nothing counted twice; every event refreshes the queries on
 * screen, which the server answers with what this user may see.
 */
export function LiveEventsProvider({ ws, apollo, userId, children }: { ws: Client; apollo: ApolloClient; userId: string; children: ReactNode }) {
  const CURSOR_KEY = cursorKey(userId);
  const [connected, setConnected] = useState(false);
  const [recent, setRecent] = useState<LiveEvent[]>([]);
  const seen = useRef(new Set<string>());

  useEffect(() => {
    let stop: (() => void) | null = null;
    let disposed = false;
    let refetch: ReturnType<typeof setTimeout> | null = null;
    const offConnected = ws.on('connected', () => setConnected(true));
    const offClosed = ws.on('closed', () => setConnected(false));

    const subscribe = () => {
      if (disposed) return;
      const after = sessionStorage.getItem(CURSOR_KEY) ?? undefined;
      stop = ws.subscribe<{ serviceEvents: LiveEvent }>(
        { query: SUBSCRIPTION, variables: { after } },
        {
          next: ({ data }) => {
            const event = data?.serviceEvents;
            if (!event || seen.current.has(event.cursor)) return;
            seen.current.add(event.cursor);
            sessionStorage.setItem(CURSOR_KEY, event.cursor);
            setRecent((list) => [event, ...list].slice(0, 100));
            refetch ??= setTimeout(() => {
              refetch = null;
              void apollo.refetchQueries({ include: 'active' });
            }, 150);
          },
          // The socket dropped or the server cut a slow reader off: come back from the last cursor.
          error: (error) => {
            // A cursor the server refuses (ahead of its log after a restore from a backup): start from now and re-read the screen.
            if (cursorRefused(error)) {
              sessionStorage.removeItem(CURSOR_KEY);
              void apollo.refetchQueries({ include: 'active' });
            }
            setTimeout(subscribe, 1000);
          },
          complete: () => undefined,
        },
      );
    };
    subscribe();
    // After a reconnect graphql-ws retries the subscription with its first variables; start over from the last cursor instead.
    const offRetry = ws.on('connected', (_socket, _payload, wasRetry) => {
      if (!wasRetry) return;
      stop?.();
      subscribe();
    });
    return () => {
      disposed = true;
      stop?.();
      offConnected();
      offClosed();
      offRetry();
      if (refetch) clearTimeout(refetch);
    };
  }, [ws, apollo, CURSOR_KEY]);

  return <LiveContext value={{ connected, recent }}>{children}</LiveContext>;
}

export const useLive = () => useContext(LiveContext);

const cursorRefused = (error: unknown): boolean =>
  Array.isArray(error) &&
  error.some((e: { extensions?: { code?: string; field?: string } }) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'after');
