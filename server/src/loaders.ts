import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './shared/viewer.js';
import type { LoaderFactory } from './shared/loader-kit.js';
import { NETWORK_LOADERS } from './modules/network/network.loaders.js';
import { CATALOG_LOADERS } from './modules/catalog/catalog.loaders.js';
import { QUALITY_LOADERS } from './modules/quality/quality.loaders.js';
import { JOB_LOADERS } from './modules/job/job.loaders.js';
import { DISPATCH_LOADERS } from './modules/dispatch/dispatch.loaders.js';
import { PARTS_LOADERS } from './modules/parts/parts.loaders.js';
import { BILLING_LOADERS } from './modules/billing/billing.loaders.js';
import { EVENT_LOADERS } from './modules/events/events.loaders.js';
import { FILES_LOADERS } from './modules/files/files.loaders.js';
import { ORG_CALENDAR_LOADERS } from './modules/org-calendar/org-calendar.loaders.js';
import { REASON_LOADERS } from './modules/reason/reason.loaders.js';
import { CLAIM_LOADERS } from './modules/claim/claim.loaders.js';
import { QUOTE_LOADERS } from './modules/quote/quote.loaders.js';
import { RETURNS_LOADERS } from './modules/returns/returns.loaders.js';

/**
 * Per-request loaders: every field that touches the database goes through one, so a page of
 * jobs costs one query per kind of thing it shows, not one per row. Each module owns its loaders
 * (`<module>.loaders.ts`); the scoped ones apply the same visibility rules as the queries.
 */
const FACTORIES = {
  ...NETWORK_LOADERS,
  ...CATALOG_LOADERS,
  ...QUALITY_LOADERS,
  ...JOB_LOADERS,
  ...DISPATCH_LOADERS,
  ...PARTS_LOADERS,
  ...BILLING_LOADERS,
  ...EVENT_LOADERS,
  ...FILES_LOADERS,
  ...ORG_CALENDAR_LOADERS,
  ...REASON_LOADERS,
  ...CLAIM_LOADERS,
  ...QUOTE_LOADERS,
  ...RETURNS_LOADERS,
} satisfies Record<string, LoaderFactory>;

export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

/** Each loader is made on first use: a request (or a live event's execution) touches a few of them. */
class LazyLoaders {
  readonly made = new Map<string, unknown>();

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer | null,
  ) {}
}
for (const [name, make] of Object.entries(FACTORIES) as [string, LoaderFactory][]) {
  Object.defineProperty(LazyLoaders.prototype, name, {
    get(this: LazyLoaders) {
      let loader = this.made.get(name);
      if (loader === undefined) this.made.set(name, (loader = make(this.em, this.viewer)));
      return loader;
    },
  });
}

export function createLoaders(em: EntityManager, viewer: Viewer | null): Loaders {
  return new LazyLoaders(em, viewer) as unknown as Loaders;
}
