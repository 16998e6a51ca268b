import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from '../../server/dist/db/orm.js';
import { loadServiceReportInput } from '../../server/dist/modules/report/service-report.query.js';
import { renderServiceReport } from '../../server/dist/modules/report/service-report.render.js';
import type { ReportImageSource } from '../../server/dist/modules/report/service-report.types.js';
import { createLogger } from '../../server/dist/shared/logger.js';
import { readPdf } from '../support/pdf.js';
import { samplePhoto, sampleSignature } from '../support/png.js';
import { useServer } from '../support/use-network.js';

/**
 * The service report of a completed job of the seeded demo, from a real PostgreSQL to the PDF's
 * text as pdftotext reads it. The images come from the test, as file storage will supply them.
 */
const running = useServer({ seed: true });

// An ORM of the test's own whose statement log (LOG_LEVEL=trace) counts what the report's read costs.
let recording: string[] | null = null;
const log = createLogger('trace', {
  write(line: string) {
    const { orm } = JSON.parse(line) as { orm?: string };
    if (recording && orm?.includes('[query]')) recording.push(orm);
  },
});
let orm: Orm;
beforeAll(async () => {
  orm = await initOrm(running.server.databaseUrl!, log, 2);
});
afterAll(async () => {
  await orm?.close();
});

const sql = async <T>(query: string, params: unknown[] = []) => (await orm.em.fork().execute(query, params)) as T[];

const PHOTOS = [samplePhoto(1280, 960, 40), samplePhoto(1280, 960, 120), samplePhoto(960, 1280, 200)];
const SIGNATURE = sampleSignature();
const SIGNED_AT = new Date('2026-11-29T11:04:00Z');
const images: ReportImageSource = async () => ({
  photos: PHOTOS.map((data, i) => ({ data, caption: `Photo ${i + 1} of the repair` })),
  signature: { data: SIGNATURE, signerName: 'Hermine Kundin', signedAt: SIGNED_AT },
});

interface DemoJob {
  id: string;
  number: string;
  serial: string;
  checklist: { id: string; label: string }[];
  answers: { itemId: string; done: boolean }[];
}

/** A completed demo job with checklist answers and parts requested for it. */
async function completedJobWithParts(): Promise<DemoJob> {
  const [job] = await sql<DemoJob>(`
    select j.id, j.number, e.serial, qs.checklist, j.checklist_answers as answers
    from service_job j
    join equipment_unit e on e.id = j.equipment_id
    join quality_standard qs on qs.id = j.quality_standard_id
    where j.status in ('COMPLETED', 'CLOSED') and jsonb_array_length(j.checklist_answers) > 0
      and exists (select 1 from parts_request r where r.job_id = j.id)
    order by j.number limit 1`);
  expect(job, 'the demo has a completed job with parts').toBeDefined();
  return job;
}

describe('the service report of a completed demo job', () => {
  it('reads the job in one statement and shows its job number, serial, checklist, parts, photos and signature', async () => {
    const job = await completedJobWithParts();
    const parts = await sql<{ name: string; sku: string }>(
      `select p.name, p.sku from parts_request r join parts_request_line l on l.request_id = r.id join part p on p.id = l.part_id where r.job_id = ?`,
      [job.id],
    );
    expect(parts.length).toBeGreaterThan(0);

    recording = [];
    const input = await loadServiceReportInput(orm.em.fork(), job.id, images, new Date('2026-11-30T12:00:00Z'));
    const statements = recording;
    recording = null;
    expect(statements, statements.join('\n')).toHaveLength(1);

    const started = performance.now();
    const pdf = await renderServiceReport(input);
    const renderMs = performance.now() - started;
    // Reported, not asserted: speed belongs to logs and benchmarks.
    console.log(
      `service report ${job.number}: 3 photos (PNG, 1280×960) and a signature, ${(pdf.length / 1024).toFixed(0)} KB, rendered in ${renderMs.toFixed(1)} ms`,
    );

    const { text, pages, images: embedded } = readPdf(pdf);
    expect(text).toContain(job.number);
    expect(text).toContain(job.serial);
    for (const item of job.checklist) {
      const answer = job.answers.find((a) => a.itemId === item.id);
      const expected = answer === undefined ? 'Not answered' : answer.done ? 'Done' : 'Not done';
      expect(text).toMatch(new RegExp(`${literal(item.label)}\\s+${expected}`));
    }
    for (const part of parts) expect(text).toMatch(new RegExp(`${literal(part.sku)}\\s+${literal(part.name)}`));
    expect(text).toContain('Hermine Kundin');
    // In the serving partner's time zone (the demo's are in Europe), the customer asked in English.
    expect(text).toMatch(/Signed 29 Nov 2026, \d\d:04/);
    expect(embedded).toBe(4);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('is refused for a job that is not completed, and for one that does not exist', async () => {
    const [open] = await sql<{ id: string }>(`select id from service_job where status = 'IN_PROGRESS' limit 1`);
    await expect(loadServiceReportInput(orm.em.fork(), open.id, images, new Date())).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(loadServiceReportInput(orm.em.fork(), '00000000-0000-4000-8000-000000000000', images, new Date())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(loadServiceReportInput(orm.em.fork(), 'not-a-uuid', images, new Date())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the reports of the seeded history', () => {
  it("are made by the sweep, a batch at a time, once each, kept as the job's REPORT attachment", async () => {
    const { deps } = running.server;
    const due = async () =>
      (
        await sql<{ n: string }>(`select count(*) as n from service_job j where j.completed_at is not null and j.status in ('COMPLETED', 'CLOSED')
          and not exists (select 1 from attachment a where a.job_id = j.id and a.kind = 'REPORT')`)
      )[0].n;
    const before = Number(await due());
    expect(before).toBeGreaterThan(3);
    expect(await deps.reports.sweep(3)).toBe(3);
    expect(Number(await due())).toBe(before - 3);
    const [report] = await sql<{ job_id: string; storage_key: string; content_type: string }>(
      `select job_id, storage_key, content_type from attachment where kind = 'REPORT' order by created_at limit 1`,
    );
    expect(report.content_type).toBe('application/pdf');
    const pdf = await deps.files.storage.get(report.storage_key);
    const [job] = await sql<{ number: string }>('select number from service_job where id = ?', [report.job_id]);
    expect(readPdf(pdf!).text).toContain(job.number);
    // Made once: a second sweep goes on with the others, never the same job again.
    expect(await deps.reports.sweep(3)).toBe(3);
    expect(Number((await sql<{ n: string }>(`select count(distinct job_id) as n from attachment where kind = 'REPORT'`))[0].n)).toBe(6);
  });
});

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
