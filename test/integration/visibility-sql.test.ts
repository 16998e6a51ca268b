import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { jobScope, offerScope, partsRequestScope } from '../../server/dist/modules/access/visibility.js';
import { boundViewer, eventScopeSql, jobScopeSql, offerScopeSql, partsRequestScopeSql } from '../../server/dist/modules/access/visibility.sql.js';
import { ServiceJob } from '../../server/dist/modules/job/service-job.entity.js';
import { JobOffer } from '../../server/dist/modules/dispatch/job-offer.entity.js';
import { PartsRequest } from '../../server/dist/modules/parts/parts-request.entity.js';
import { createLoaders } from '../../server/dist/loaders.js';
import { Role } from '../../server/dist/shared/roles.js';
import type { Viewer } from '../../server/dist/shared/viewer.js';
import type { Actor } from '../support/factory.js';
import { useNetwork } from '../support/use-network.js';
import { variedJobs } from '../support/varied-jobs.js';

/**
 * The two forms of the visibility rules (modules/access: the ORM filters and their SQL form,
 * which planned reads use) select the same rows for every role: jobs, offers, parts requests and
 * the events of the jobs a viewer sees, in two manufacturers' networks with partners that won,
 * lost and declined offers.
 */
const network = useNetwork({ partners: 4, rival: { partners: 2 } });

beforeAll(async () => {
  const { api, net, rival } = network;
  await variedJobs(api, net, rival);
});

const viewer = (actor: Actor, role: Role): Viewer => ({ userId: actor.id, orgId: actor.orgId, role });

function viewers(): [string, Viewer][] {
  const { net, rival } = network;
  return [
    ['dispatcher', viewer(net.dispatcher, Role.DISPATCHER)],
    ['admin', viewer(net.admin, Role.ADMIN)],
    ['parts clerk', viewer(net.partsClerk, Role.PARTS_CLERK)],
    ['auditor', viewer(net.auditor, Role.AUDITOR)],
    ["the rival's dispatcher", viewer(rival.dispatcher, Role.DISPATCHER)],
    ["the rival's admin", viewer(rival.admin, Role.ADMIN)],
    ...net.partners.flatMap((partner, i): [string, Viewer][] => [
      [`partner ${i} admin`, viewer(partner.admin, Role.PARTNER_ADMIN)],
      [`partner ${i} technician`, viewer(partner.tech, Role.TECHNICIAN)],
    ]),
    ...rival.partners.flatMap((partner, i): [string, Viewer][] => [
      [`the rival's partner ${i} admin`, viewer(partner.admin, Role.PARTNER_ADMIN)],
      [`the rival's partner ${i} technician`, viewer(partner.tech, Role.TECHNICIAN)],
    ]),
  ];
}

/** The ids a SQL condition selects, its parameters bound as it adds them. */
async function idsWhere(select: string, table: string, condition: (params: unknown[]) => string): Promise<string[]> {
  const pool = (await network.server.deps.orm.em.getConnection().getNativeClient()) as pg.Pool;
  const params: unknown[] = [];
  const where = condition(params);
  const { rows } = await pool.query<{ id: string | number }>(`select ${select} as id from ${table} where ${where}`, params);
  return rows.map((row) => String(row.id)).sort();
}

describe('the SQL form of visibility selects what the ORM form selects', () => {
  it('for jobs, offers, parts requests and the events of visible jobs, as every role', async () => {
    const em = network.server.deps.orm.em.fork();
    const sorted = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    let seen = 0;
    for (const [name, v] of viewers()) {
      const orm = {
        jobs: sorted(await em.fork().find(ServiceJob, jobScope(v))),
        offers: sorted(await em.fork().find(JobOffer, offerScope(v))),
        partsRequests: sorted(await em.fork().find(PartsRequest, partsRequestScope(v))),
        events: [] as string[],
      };
      // A job's history as the loaders read it for the jobs the viewer sees.
      const histories = await createLoaders(em.fork(), v).eventsByJob.loadMany(orm.jobs);
      orm.events = histories.flatMap((events) => (events instanceof Error ? [] : events.map((event) => String(event.seq)))).sort();
      const sql = {
        jobs: await idsWhere('j.id', 'service_job j', (params) => jobScopeSql(boundViewer(v, params), 'j')),
        offers: await idsWhere('o.id', 'job_offer o', (params) => offerScopeSql(boundViewer(v, params), 'o')),
        partsRequests: await idsWhere('r.id', 'parts_request r', (params) => partsRequestScopeSql(boundViewer(v, params), 'r')),
        events: await idsWhere('e.seq', 'service_event e', (params) => {
          const bound = boundViewer(v, params);
          return `e.job_id in (select j.id from service_job j where ${jobScopeSql(bound, 'j')}) and ${eventScopeSql(bound, 'e')}`;
        }),
      };
      expect({ name, ...sql }).toEqual({ name, ...orm });
      seen += orm.jobs.length + orm.offers.length + orm.partsRequests.length + orm.events.length;
    }
    // Not vacuous: the roles between them saw plenty.
    expect(seen).toBeGreaterThan(100);
  });
});
