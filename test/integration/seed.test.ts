import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useServer } from '../support/use-network.js';
import { gqlOk, login } from '../support/graphql-client.js';

const running = useServer({ seed: true });

const ME = graphql(`
  query SeedMe { me { email } }
`);

const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  (await running.server.deps.orm.em.fork().execute(query, params)) as T[];

describe('the demo network keeps the promises of DESIGN.md', () => {
  it('signs in every demo login with the password demo', async () => {
    const { server } = running;
    const staff = ['admin@maker.demo', 'dispatcher@maker.demo', 'parts@maker.demo', 'auditor@maker.demo', 'admin@other.demo', 'dispatcher@other.demo'];
    const partners = await sql<{ slug: string }>(`select slug from organization where kind <> 'MANUFACTURER' order by slug`);
    expect(partners.length).toBeGreaterThanOrEqual(12);
    for (const email of [...staff, ...partners.flatMap(({ slug }) => [`admin@${slug}.demo`, `tech@${slug}.demo`])]) {
      const token = await login(server.httpUrl, email);
      const { me } = await gqlOk(server.httpUrl, ME, {}, token);
      expect(me.email).toBe(email);
    }
  });

  it('has partners of every kind, product lines of every strategy, and hundreds of units', async () => {
    const kinds = await sql<{ kind: string }>('select distinct kind::text from organization order by 1');
    expect(kinds.map((k) => k.kind)).toEqual(['BRANCH', 'CONSORTIUM_PARTNER', 'DEALER', 'INDEPENDENT_SPECIALIST', 'MANUFACTURER']);
    const strategies = await sql<{ strategy: string }>(
      `select distinct strategy::text from product_line l join organization o on o.id = l.manufacturer_id where o.slug = 'maker' order by 1`,
    );
    expect(strategies).toHaveLength(4);
    const [{ n }] = await sql<{ n: string }>('select count(*) as n from equipment_unit');
    expect(Number(n)).toBeGreaterThanOrEqual(300);
  });

  it('serves each region with at least three ACTIVE partners certified for REPAIR', async () => {
    const rows = await sql<{ region: string; partners: string }>(`
      select r.region, count(distinct p.id) as partners
      from (select distinct region from equipment_unit e join organization m on m.id = e.manufacturer_id where m.slug = 'maker') r
      join organization p on r.region = any(p.regions) and p.status = 'ACTIVE'
      join certification c on c.partner_id = p.id and 'REPAIR' = any(c.job_types) and c.expires_at > now()
      group by r.region`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(Number(row.partners)).toBeGreaterThanOrEqual(3);
  });

  it('has jobs in every state with history, a tech job for every partner, and statuses other than ACTIVE', async () => {
    const states = await sql<{ status: string }>('select distinct status::text from service_job order by 1');
    expect(states.map((s) => s.status).sort()).toEqual([
      'ASSIGNED',
      'AWAITING_PARTS',
      'CANCELLED',
      'CLOSED',
      'COMPLETED',
      'IN_PROGRESS',
      'NEW',
      'OFFERED',
      'SCHEDULED',
    ]);
    const withoutJob = await sql(`
      select u.email from app_user u where u.email like 'tech@%'
      and not exists (select 1 from service_job j where j.technician_id = u.id and j.status in ('ASSIGNED','SCHEDULED','IN_PROGRESS','AWAITING_PARTS'))`);
    expect(withoutJob).toEqual([]);
    const statuses = await sql<{ status: string }>(`select distinct status::text from organization where status <> 'ACTIVE'`);
    expect(statuses.length).toBeGreaterThan(0);
    const otherJobs = await sql<{ n: string }>(
      `select count(*) as n from service_job j join organization o on o.id = j.manufacturer_id where o.slug = 'other'`,
    );
    expect(Number(otherJobs[0].n)).toBeGreaterThan(0);
    const [{ offered }] = await sql<{ offered: string }>(`select count(distinct partner_id) as offered from job_offer`);
    expect(Number(offered)).toBeGreaterThanOrEqual(8);
    const [{ surveys }] = await sql<{ surveys: string }>('select count(*) as surveys from survey');
    expect(Number(surveys)).toBeGreaterThan(0);
    // Every job's history starts with its creation.
    const orphans = await sql(
      `select j.id from service_job j where not exists (select 1 from service_event e where e.job_id = j.id and e.kind = 'JOB_CREATED')`,
    );
    expect(orphans).toEqual([]);
  });
});
