import { assertPeriod } from '../../shared/period.js';
import { isUuid, type Scope } from '../../shared/scope.js';

export interface FailureRow {
  modelId: string;
  failureCode: string | null;
  jobs: number;
  repeatRate: number;
  meanMinutesToRepair: number | null;
  lowRatings: number;
  complaints: string[];
}

/**
 * What fails, per product model and failure code, over repairs completed in [from, to): how often,
 * how often the same unit came back within 30 days, how long the repair took, and what unhappy
 * customers said. It feeds product quality.
 */
export async function failureAnalysis({ em, viewer }: Scope, from: Date, to: Date, modelId?: string | null): Promise<FailureRow[]> {
  assertPeriod(from, to);
  if (modelId && !isUuid(modelId)) return [];
  const rows = await em.execute<
    {
      model_id: string;
      failure_code: string | null;
      jobs: string;
      repeats: string;
      mttr: number | null;
      low_ratings: string;
      complaints: string[] | null;
    }[]
  >(
    `select e.model_id, j.failure_code, count(*) as jobs,
       count(*) filter (where exists (
         select 1 from service_job again where again.equipment_id = j.equipment_id and again.id <> j.id
           and again.created_at > j.completed_at and again.created_at < j.completed_at + interval '30 days')) as repeats,
       avg(extract(epoch from j.completed_at - j.started_at) / 60)::float8 as mttr,
       count(s.id) filter (where s.rating <= 2) as low_ratings,
       array_agg(s.comment order by s.submitted_at) filter (where s.rating <= 2 and s.comment is not null) as complaints
     from service_job j
     join equipment_unit e on e.id = j.equipment_id
     left join survey s on s.job_id = j.id
     where j.manufacturer_id = ? and j.type = 'REPAIR' and j.completed_at >= ? and j.completed_at < ?${modelId ? ' and e.model_id = ?' : ''}
     group by e.model_id, j.failure_code
     order by count(*) desc, e.model_id, j.failure_code`,
    modelId ? [viewer.orgId, from, to, modelId] : [viewer.orgId, from, to],
  );
  return rows.map((row) => ({
    modelId: row.model_id,
    failureCode: row.failure_code,
    jobs: Number(row.jobs),
    repeatRate: Number(row.repeats) / Number(row.jobs),
    meanMinutesToRepair: row.mttr === null ? null : Math.round(row.mttr * 10) / 10,
    lowRatings: Number(row.low_ratings),
    complaints: row.complaints ?? [],
  }));
}
