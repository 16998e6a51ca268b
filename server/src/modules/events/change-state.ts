import type { EntityManager } from '@mikro-orm/postgresql';
import { appendEvents, type NewEvent } from './event-log.js';

/**
 * Every state change: one transaction that also appends its events. The work mutates entities
 * and pushes events; the entities are flushed first and the events appended last, so the event
 * log's lock is held only for the final insert and the commit.
 */
export async function changeState<T>(em: EntityManager, work: (tx: EntityManager, events: NewEvent[]) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const events: NewEvent[] = [];
    const result = await work(tx, events);
    await tx.flush();
    await appendEvents(tx, events);
    return result;
  });
}
