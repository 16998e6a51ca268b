import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Viewer } from './viewer.js';

/** What a service call works with: the request's entity manager, who asks, and the time. */
export interface Scope {
  em: EntityManager;
  viewer: Viewer;
  clock: Clock;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else cannot name a row and answers like a missing one. */
export const isUuid = (value: string): boolean => UUID.test(value);
