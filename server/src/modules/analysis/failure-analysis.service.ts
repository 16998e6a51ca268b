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
  /** Returned parts of these repairs whose inspection confirmed the fault, by part (most first). */
  confirmedFaults: { partId: string; count: number }[];
}

/**
 * What fails, per product model and failure code, over repairs completed in [from, to): how often,
 * how often the same unit came back within 30 days, how long the repair took, and what unhappy
 * customers said, and which returned parts the manufacturer's inspection found faulty
 * (return authorizations inspected CONFIRMED_FAULT). It feeds product quality.
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
  const faults = await confirmedFaultsOf(em, viewer.orgId, from, to, modelId);
  return rows.map((row) => ({
    modelId: row.model_id,
    failureCode: row.failure_code,
    jobs: Number(row.jobs),
    repeatRate: Number(row.repeats) / Number(row.jobs),
    meanMinutesToRepair: row.mttr === null ? null : Math.round(row.mttr * 10) / 10,
    lowRatings: Number(row.low_ratings),
    complaints: row.complaints ?? [],
    confirmedFaults: faults.get(`${row.model_id}|${row.failure_code ?? ''}`) ?? [],
  }));
}

/** Confirmed faults of returned parts per model × failure code × part, over the same repairs as the rows. */
async function confirmedFaultsOf(em: Scope['em'], manufacturerId: string, from: Date, to: Date, modelId?: string | null) {
  const rows = await em.execute<{ model_id: string; failure_code: string | null; part_id: string; n: string }[]>(
    `select e.model_id, j.failure_code, r.part_id, count(*) as n
     from return_authorization r
     join service_job j on j.id = r.job_id
     join equipment_unit e on e.id = j.equipment_id
     where r.manufacturer_id = ? and r.result = 'CONFIRMED_FAULT' and r.part_id is not null
       and j.type = 'REPAIR' and j.completed_at >= ? and j.completed_at < ?${modelId ? ' and e.model_id = ?' : ''}
     group by e.model_id, j.failure_code, r.part_id
     order by count(*) desc, r.part_id`,
    modelId ? [manufacturerId, from, to, modelId] : [manufacturerId, from, to],
  );
  const byRow = new Map<string, { partId: string; count: number }[]>();
  for (const row of rows) {
    const key = `${row.model_id}|${row.failure_code ?? ''}`;
    byRow.set(key, [...(byRow.get(key) ?? []), { partId: row.part_id, count: Number(row.n) }]);
  }
  return byRow;
}
