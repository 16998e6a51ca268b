import { ServiceJob } from './service-job.entity.js';
import { jobScope } from '../access/visibility.js';
import { byId, byRelation, scoped, type LoaderFactory } from '../../shared/loader-kit.js';

/** Jobs go through the viewer's visibility: one outside it loads as null. */
export const JOB_LOADERS = {
  job: (em, viewer) => byId(em, ServiceJob, scoped(viewer, jobScope<ServiceJob>)),
  childrenByJob: (em, viewer) => byRelation(em, ServiceJob, 'parent', { createdAt: 'asc', id: 'asc' }, scoped(viewer, jobScope<ServiceJob>)),
} satisfies Record<string, LoaderFactory>;
