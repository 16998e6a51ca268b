import { PartsRequest, PartsRequestLine } from './parts-request.entity.js';
import { partsRequestScope } from '../access/visibility.js';
import { byId, byRelation, scoped, type LoaderFactory } from '../../shared/loader-kit.js';

export const PARTS_LOADERS = {
  partsRequest: (em, viewer) => byId(em, PartsRequest, scoped(viewer, partsRequestScope<PartsRequest>)),
  /** The requests of a job the caller already sees. */
  partsRequestsByJob: (em) => byRelation(em, PartsRequest, 'job', { createdAt: 'asc', id: 'asc' }),
  linesByRequest: (em) => byRelation(em, PartsRequestLine, 'request', { id: 'asc' }),
} satisfies Record<string, LoaderFactory>;
