import type { FileStorage } from '../files/file-storage.js';
import type { RetentionSweeper } from './retention.js';

/**
 * The files of jobs past retention (photos, signatures, documents, the service report, which names
 * the customer): their attachment rows go in the pass's transaction, and so do their bytes, except
 * bytes another attachment still points at (the demo's seeded images are shared). Bytes in an S3
 * store are deleted once the pass has committed. The events keep the facts.
 */
export function attachmentRetention(storage: FileStorage): RetentionSweeper {
  return {
    name: 'attachments',
    async sweep(tx, { jobIds, afterCommit }) {
      if (jobIds.length === 0) return 0;
      const removed = await tx.execute<{ storage_key: string; thumbnail_key: string | null }[]>(
        'delete from attachment where job_id = any(?::uuid[]) returning storage_key, thumbnail_key',
        [`{${jobIds.join(',')}}`],
      );
      const keys = [...new Set(removed.flatMap((row) => [row.storage_key, row.thumbnail_key]).filter((key): key is string => key !== null))];
      if (keys.length === 0) return 0;
      const literal = `{${keys.map((key) => JSON.stringify(key)).join(',')}}`;
      const shared = await tx.execute<{ key: string }[]>(
        'select storage_key as key from attachment where storage_key = any(?::text[]) union select thumbnail_key from attachment where thumbnail_key = any(?::text[])',
        [literal, literal],
      );
      const stillUsed = new Set(shared.map((row) => row.key));
      const unused = keys.filter((key) => !stillUsed.has(key));
      if (storage.name === 'postgres') for (const key of unused) await storage.delete(key, tx);
      else afterCommit(async () => void (await Promise.all(unused.map((key) => storage.delete(key)))));
      return removed.length;
    },
  };
}
