import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityClass, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import { groupBy } from './group-by.js';
import type { Viewer } from './viewer.js';

/**
 * The kinds of per-request loaders every module builds its own from (each module's
 * `<module>.loaders.ts`; server/src/loaders.ts composes them): by id, by parent, by relation.
 */
export type LoaderFactory = (em: EntityManager, viewer: Viewer | null) => unknown;

type WithId = { id: string };

/** Matches nothing: what a caller without a viewer may load of scoped things. */
const NONE = { id: null } as unknown as FilterQuery<never>;
export const scoped = <T>(viewer: Viewer | null, scope: (viewer: Viewer) => FilterQuery<T>): FilterQuery<T> => (viewer ? scope(viewer) : NONE);

/**
 * One query for all the ids a request asks for; rows outside `scope` come back as null. Without a
 * scope, what this unit of work already holds (a list query joined it in) is not read again;
 * with one, every id goes through the scope.
 */
export function byId<T extends WithId>(em: EntityManager, entity: EntityClass<T>, scope?: FilterQuery<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const held = new Map<string, T>();
    if (!scope) {
      for (const id of ids) {
        const entityHeld = em.getUnitOfWork().getById<T>(entity, id as never);
        if (entityHeld && wrap(entityHeld).isInitialized()) held.set(id, entityHeld);
      }
    }
    const missing = ids.filter((id) => !held.has(id));
    if (missing.length > 0) {
      const where = { id: { $in: missing } } as unknown as FilterQuery<T>;
      const rows = await em.find(entity, scope ? ({ $and: [where, scope] } as FilterQuery<T>) : where);
      for (const row of rows) held.set(row.id, row);
    }
    return ids.map((id) => held.get(id) ?? null);
  });
}

/** One query for the children of all parents a request asks for, grouped by parent id. */
export function byParent<T>(load: (ids: string[]) => Promise<T[]>, parentOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const grouped = groupBy(await load([...ids]), parentOf);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** The rows of `entity` whose `relation` points at one of the ids asked for, within `scope`. */
export function byRelation<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  relation: keyof T & string,
  orderBy: FindOptions<T>['orderBy'],
  scope?: FilterQuery<T>,
) {
  return byParent<T>(
    (ids) => {
      const where = { [relation]: { $in: ids } } as FilterQuery<T>;
      // The generic filter is built by key; MikroORM cannot check it against T here.
      return em.find(entity, (scope ? { $and: [where, scope] } : where) as never, { orderBy });
    },
    (row) => (row[relation] as WithId).id,
  );
}
