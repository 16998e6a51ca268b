import DataLoader from 'dataloader';
import { latestQuotes, type QuoteView } from './quote-views.js';
import type { LoaderFactory } from '../../shared/loader-kit.js';

export const QUOTE_LOADERS = {
  /** The latest quote of jobs the caller already sees. */
  latestQuoteByJob: (em) =>
    new DataLoader<string, QuoteView | null>(async (ids) => {
      const found = await latestQuotes(em, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
} satisfies Record<string, LoaderFactory>;
