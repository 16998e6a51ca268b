import { JobOffer } from './job-offer.entity.js';
import { offerScope } from '../access/visibility.js';
import { byId, byRelation, scoped, type LoaderFactory } from '../../shared/loader-kit.js';

/** A partner loads only its own offers. */
export const DISPATCH_LOADERS = {
  offer: (em, viewer) => byId(em, JobOffer, scoped(viewer, offerScope<JobOffer>)),
  offersByJob: (em, viewer) => byRelation(em, JobOffer, 'job', { createdAt: 'asc', id: 'asc' }, scoped(viewer, offerScope<JobOffer>)),
} satisfies Record<string, LoaderFactory>;
