import DataLoader from 'dataloader';
import { chargesWhere, type JobCharges } from './charges.js';
import type { LoaderFactory } from '../../shared/loader-kit.js';

export const BILLING_LOADERS = {
  /** Charges of completed jobs the caller already sees. */
  charges: (em) =>
    new DataLoader<string, JobCharges | null>(async (ids) => {
      const rows = await chargesWhere(em, 'j.id = any(?::uuid[])', [`{${ids.join(',')}}`]);
      const found = new Map(rows.map((row) => [row.jobId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
} satisfies Record<string, LoaderFactory>;
