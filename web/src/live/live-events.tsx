import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import type { Client } from 'graphql-ws';
import type { LiveEventFragment } from '../gql/graphql';
import { startLiveFeed } from './live-feed';

interface Live {
  connected: boolean;
  /** The newest events first, at most 100. */
  recent: LiveEventFragment[];
  /** Bumped by every event: aggregate screens (scorecards, analyses, statements) compare it with what they show. */
  changes: number;
}

const LiveContext = createContext<Live>({ connected: false, recent: [], changes: 0 });

/**
 * The session's live feed (live-feed.ts): every event is applied to the Apollo cache, so the
 * screens on it change without reading again. This provider only tells React what it needs to
 * show besides: the connection, the recent events, and that figures may be newer.
 */
export function LiveEventsProvider({ ws, apollo, children }: { ws: Client; apollo: ApolloClient; children: ReactNode }) {
  const [connected, setConnected] = useState(false);
  const [recent, setRecent] = useState<LiveEventFragment[]>([]);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const feed = startLiveFeed({
      ws,
      apollo,
      onConnected: setConnected,
      onEvent: (event) => {
        setRecent((list) => [event, ...list].slice(0, 100));
        setChanges((n) => n + 1);
      },
    });
    return () => feed.stop();
  }, [ws, apollo]);

  return <LiveContext value={{ connected, recent, changes }}>{children}</LiveContext>;
}

export const useLive = () => useContext(LiveContext);

/** Figures shown again at most this often without a click (the scorecards are computed from the log). */
export const FIGURES_REFRESH_MS = 60_000;

/**
 * For an aggregate screen: whether newer figures exist than it shows, and a refresh. Events do not
 * re-read it; a click does, or, at most once a minute, the screen itself.
 */
export function useNewerFigures(refetch: () => Promise<unknown>): { newer: boolean; refresh: () => void } {
  const { changes } = useLive();
  const [shown, setShown] = useState(changes);
  const lastRead = useRef(Date.now());
  const refresh = useCallback(() => {
    setShown(changes);
    lastRead.current = Date.now();
    void refetch();
  }, [changes, refetch]);
  const newer = changes !== shown;
  useEffect(() => {
    if (!newer) return;
    const timer = setTimeout(refresh, Math.max(0, lastRead.current + FIGURES_REFRESH_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [newer, refresh]);
  return { newer, refresh };
}
