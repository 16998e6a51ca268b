import { CATALOG_PLANS } from '../modules/catalog/catalog.plan.js';
import { OFFER_PLANS } from '../modules/dispatch/offer.plan.js';
import { EVENT_PLANS } from '../modules/events/event.plan.js';
import { JOB_PLANS } from '../modules/job/job.plan.js';
import { NETWORK_PLANS } from '../modules/network/network.plan.js';
import { PARTS_PLANS } from '../modules/parts/parts.plan.js';
import { QUALITY_PLANS } from '../modules/quality/quality.plan.js';
import { FILES_PLANS } from '../modules/files/files.plan.js';
import { REASON_PLANS } from '../modules/reason/reason.plan.js';
import { QUOTE_PLANS } from '../modules/quote/quote.plan.js';
import type { PlannedTypes } from './compile.js';

/** Every type the planner reads, by GraphQL type name; each module says how its own types come from its tables. */
export const PLANNED_TYPES: PlannedTypes = new Map(
  Object.entries({
    ...JOB_PLANS,
    ...OFFER_PLANS,
    ...PARTS_PLANS,
    ...EVENT_PLANS,
    ...CATALOG_PLANS,
    ...NETWORK_PLANS,
    ...QUALITY_PLANS,
    ...FILES_PLANS,
    ...REASON_PLANS,
    ...QUOTE_PLANS,
  }),
);
