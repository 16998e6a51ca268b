import { fieldsOf } from '../../planner/compile.js';
import { jobsByIdRead } from '../job/job.plan.js';

/** The jobs behind a scorecard's figures, planned from `partnerScorecard { jobsBehind { jobs { … } } }`. */
export const jobsBehindRead = jobsByIdRead('jobsBehind', (root) =>
  [...(fieldsOf([root], 'PartnerScorecardDetail').get('jobsBehind') ?? [])].flatMap((figure) => fieldsOf([figure], 'ScorecardFigureJobs').get('jobs') ?? []),
);
