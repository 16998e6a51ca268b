import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { trailingPeriod } from './period';
import { useNewerFigures } from '../../live/live-events';

export type Period = ReturnType<typeof trailingPeriod>;

/**
 * An aggregate over a trailing period (scorecards, trends, failure analysis, a statement): read
 * once, then not again per event. When events say newer figures exist, the screen says so and
 * reads them on a click, or by itself at most once a minute, over the period up to then.
 */
export function useFigures<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  days: number,
  variablesFor: (period: Period) => TVariables,
) {
  const [stamp, setStamp] = useState(() => Date.now());
  const period = useMemo(() => trailingPeriod(days, stamp), [days, stamp]);
  // Read complete or not yet (no partial data is asked for).
  const result = useQuery(query, { variables: variablesFor(period) } as useQuery.Options<TData, TVariables>) as useQuery.Result<
    TData,
    TVariables,
    'empty' | 'complete' | 'streaming'
  >;
  const { refetch } = result;
  const reread = useCallback(async () => {
    const now = Date.now();
    // A later period is a new read by itself; within the same minute the figures are read again.
    if (trailingPeriod(days, now).to !== period.to) setStamp(now);
    else await refetch();
  }, [days, period.to, refetch]);
  const { newer, refresh } = useNewerFigures(reread);
  return { ...result, period, newer, refresh };
}
