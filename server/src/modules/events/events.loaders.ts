import { EVENT_COLUMNS, toEventRecord, type EventRecord, type EventRow } from './event-record.js';
import { historyAudienceKeys } from '../access/audience.js';
import { byParent, type LoaderFactory } from '../../shared/loader-kit.js';

export const EVENT_LOADERS = {
  /** A job's history as the caller may read it. */
  eventsByJob: (em, viewer) =>
    byParent(
      async (ids): Promise<EventRecord[]> => {
        if (!viewer) return [];
        const rows = await em.execute<EventRow[]>(
          `select ${EVENT_COLUMNS} from service_event where job_id = any(?::uuid[]) and audience && ?::text[] order by seq`,
          [`{${ids.join(',')}}`, `{${historyAudienceKeys(viewer).join(',')}}`],
        );
        return rows.map(toEventRecord);
      },
      (event) => event.jobId as string,
    ),
} satisfies Record<string, LoaderFactory>;
