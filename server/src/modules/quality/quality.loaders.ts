import { QualityStandard } from './quality-standard.entity.js';
import { byId, byRelation, type LoaderFactory } from '../../shared/loader-kit.js';

export const QUALITY_LOADERS = {
  standard: (em) => byId(em, QualityStandard),
  standardsByLine: (em) => byRelation(em, QualityStandard, 'productLine', { jobType: 'asc' }),
} satisfies Record<string, LoaderFactory>;
