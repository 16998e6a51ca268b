import { siteTimeZoneSql } from '../calendar/sla-time.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { warrantyEnd } from '../catalog/warranty.js';
import { AppError, ErrorCode, notFound } from '../../shared/errors.js';
import type { ReportChecklistItem, ReportImageSource, ReportPartLine, ServiceReportInput } from './service-report.types.js';
import type { ReportLocale } from './service-report.format.js';
import { DEFAULT_LANGUAGE, isLanguage, translate, type Language, type Translations } from '../../shared/translations.js';

/**
 * The data of a completed job's service report: one SQL statement (the job with its manufacturer,
 * unit, model, line, customer, partner, technician and standard joined, its parts lines as one JSON
 * array), then the images from the caller's source.
 *
 * Plain SQL over the tables, with no entity imported, so that the job module may call this at
 * completion without a cycle between modules. Run after the completion is flushed: it reads what
 * the database holds.
 */
export async function loadServiceReportInput(em: EntityManager, jobId: string, images: ReportImageSource, generatedAt: Date): Promise<ServiceReportInput> {
  if (!UUID.test(jobId)) throw notFound('Job');
  const [row] = await em.execute<ReportRow[]>(REPORT_SQL, [jobId]);
  if (!row) throw notFound('Job');
  if (!REPORTED_STATUSES.has(row.status)) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `A service report is made once a job is completed; job ${row.number} is ${row.status}`, {
      status: row.status,
    });
  }
  // Only for a job that has a report: storage is not read for one that is refused.
  const pictures = await images(jobId);
  const locale = reportLocale(row);
  return {
    locale,
    manufacturer: { name: row.manufacturer_name },
    job: { number: row.number, type: row.type, description: row.description },
    customer: row.customer_name === null ? null : { name: row.customer_name, email: row.customer_email, phone: row.customer_phone },
    site: { address: row.site_address, region: row.region },
    equipment: {
      model: row.model_name,
      serial: row.serial,
      productLine: row.line_name,
      coverage: row.coverage,
      saleDate: row.sale_date,
      warrantyEndsAt: warrantyEnd(row.sale_date, row.warranty_months),
      underContract: row.under_contract,
    },
    partner: row.partner_name === null ? null : { name: row.partner_name },
    technician: row.technician_name === null ? null : { name: row.technician_name, email: row.technician_email! },
    times: {
      createdAt: asDate(row.created_at)!,
      acceptedAt: asDate(row.accepted_at),
      startedAt: asDate(row.started_at),
      completedAt: asDate(row.completed_at),
      appointmentAt: asDate(row.appointment_at),
    },
    work: { resolution: row.resolution ?? '', failureCode: row.failure_code, laborMinutes: row.labor_minutes },
    checklist: checklistOf(row.standard_checklist ?? [], row.checklist_answers ?? [], locale.language),
    parts: row.parts,
    photos: pictures.photos,
    signature: pictures.signature,
    generatedAt,
  };
}

/**
 * Whom the report is for and where: the customer, in the language of their service request (the
 * /request form's, from their browser), else the customer's own, else English; times in the site's
 * time zone, else the serving partner's calendar's, else the manufacturer's, else UTC.
 */
export function reportLocale(row: Pick<ReportRow, 'request_language' | 'time_zone'>): ReportLocale {
  const language: Language = isLanguage(row.request_language) ? row.request_language : DEFAULT_LANGUAGE;
  return { language, timeZone: row.time_zone ?? 'UTC' };
}

/**
 * The standard's items in its order, labelled in `language` where the manufacturer translated them,
 * each with its answer; an answer to an item the standard no longer has (it changed after
 * completion) is still shown, under its id, after them.
 */
export function checklistOf(
  standard: readonly ChecklistItemRow[],
  answers: readonly ChecklistAnswerRow[],
  language: Language = DEFAULT_LANGUAGE,
): ReportChecklistItem[] {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  const listed = standard.map(({ id, label, translations }) => {
    const answer = byItem.get(id);
    return { label: translate(label, translations, language), done: answer ? answer.done : null, note: answer?.note ?? null };
  });
  const known = new Set(standard.map((item) => item.id));
  const others = answers.filter((answer) => !known.has(answer.itemId)).map(({ itemId, done, note }) => ({ label: itemId, done, note: note ?? null }));
  return [...listed, ...others];
}

// A reopened job is worked again and gets a new report when it completes again.
/** The statuses a job has a service report in. */
export const REPORTED_STATUSES = new Set(['COMPLETED', 'CLOSED']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ChecklistItemRow {
  id: string;
  label: string;
  translations?: Translations;
}

interface ChecklistAnswerRow {
  itemId: string;
  done: boolean;
  note?: string | null;
}

interface ReportRow {
  number: string;
  type: string;
  status: string;
  coverage: string;
  description: string;
  created_at: Date | string;
  accepted_at: Date | string | null;
  started_at: Date | string | null;
  completed_at: Date | string | null;
  appointment_at: Date | string | null;
  resolution: string | null;
  failure_code: string | null;
  checklist_answers: ChecklistAnswerRow[] | null;
  labor_minutes: number | null;
  manufacturer_name: string;
  serial: string;
  site_address: string;
  region: string;
  sale_date: string;
  under_contract: boolean;
  model_name: string;
  warranty_months: number;
  line_name: string;
  customer_name: string | null;
  customer_email: string | null;
  customer_phone: string | null;
  partner_name: string | null;
  technician_name: string | null;
  technician_email: string | null;
  standard_checklist: ChecklistItemRow[] | null;
  parts: ReportPartLine[];
  request_language: string | null;
  time_zone: string | null;
}

const asDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const REPORT_SQL = `
select j.number, j.type::text as type, j.status::text as status, j.coverage::text as coverage, j.description,
  j.created_at, j.accepted_at, j.started_at, j.completed_at, j.appointment_at,
  j.resolution, j.failure_code, j.checklist_answers, j.labor_minutes,
  m.name as manufacturer_name,
  e.serial, e.site_address, e.region, e.sale_date::text as sale_date, e.under_contract,
  pm.name as model_name, pm.warranty_months, pl.name as line_name,
  c.name as customer_name, c.email as customer_email, c.phone as customer_phone,
  p.name as partner_name, t.name as technician_name, t.email as technician_email,
  qs.checklist as standard_checklist,
  coalesce((select sr.locale from service_request sr where sr.job_id = j.id order by sr.created_at limit 1), c.locale) as request_language,
  ${siteTimeZoneSql('j')} as time_zone,
  coalesce((
    select json_agg(json_build_object(
      'sku', pt.sku, 'name', pt.name, 'quantity', l.quantity, 'approvedQuantity', l.approved_quantity,
      'loaner', l.loaner, 'status', r.status::text) order by r.created_at, r.id, pt.sku, l.id)
    from parts_request r
    join parts_request_line l on l.request_id = r.id
    join part pt on pt.id = l.part_id
    where r.job_id = j.id
  ), '[]') as parts
from service_job j
join organization m on m.id = j.manufacturer_id
join equipment_unit e on e.id = j.equipment_id
join product_model pm on pm.id = e.model_id
join product_line pl on pl.id = pm.product_line_id
left join customer c on c.id = e.customer_id
left join organization p on p.id = j.assigned_partner_id
left join app_user t on t.id = j.technician_id
left join quality_standard qs on qs.id = j.quality_standard_id
where j.id = ?`;
