import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2, server: { twin: true } });
const DAY = 86_400_000;

const SAVE_LINE = graphql(`
  mutation MaintenanceSaveLine($id: ID!, $i: ProductLineInput!) { saveProductLine(id: $id, input: $i) { strategy maintenanceIntervalMonths } }
`);
const NEW_LINE = graphql(`
  mutation MaintenanceNewLine($i: ProductLineInput!) { saveProductLine(input: $i) { id } }
`);
const OVERDUE = graphql(`
  query MaintenanceOverdue { jobs(filter: { maintenanceOverdue: true }) { edges { node { id type maintenanceDueAt } } } }
`);
const CREATE_PARTNER = graphql(`
  mutation SplitCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id } }
`);
const GRANT = graphql(`
  mutation SplitGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id } }
`);
const SPLIT = graphql(`
  mutation SplitJob($j: ID!, $c: [ComponentJobInput!]!) { splitJob(jobId: $j, components: $c) { id status componentLine { id } parent { id } } }
`);
const CANDIDATES = graphql(`
  query SplitCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }
`);
const FAMILY = graphql(`
  query SplitFamily($id: ID!) { job(id: $id) { children { id status } events { kind } } }
`);

const maintenanceJobs = async () =>
  (await network.server.deps.orm.em
    .fork()
    .execute(
      `select j.id, e.serial, j.maintenance_due_at from service_job j join equipment_unit e on e.id = j.equipment_id where j.type = 'MAINTENANCE' and j.manufacturer_id = ? order by j.created_at`,
      [network.net.manufacturerId],
    )) as { id: string; serial: string; maintenance_due_at: Date }[];

describe('preventive maintenance', () => {
  it('opens one MAINTENANCE job per unit ahead of its due date, shows overdue ones, and plans the next from the visit', async () => {
    const { server, twin, api, net } = network;
    await api.ok(net.admin, SAVE_LINE, {
      id: net.productLineId,
      i: { name: 'Compressors', strategy: 'NEVER_FAIL', maintenanceIntervalMonths: 6 },
    });
    expect(errorCode(await api.call(net.admin, NEW_LINE, { i: { name: 'X', strategy: 'NEVER_FAIL' } }))).toBe('BAD_USER_INPUT');
    // The paid unit (sold 1,200 days ago, never maintained) is long overdue; the warranty unit (100 days) is not due yet.
    await Promise.all([server.deps.scheduler.tick(), twin.deps.scheduler.tick()]);
    await Promise.all([server.deps.scheduler.tick(), twin.deps.scheduler.tick()]);
    let jobs = await maintenanceJobs();
    expect(jobs.map((j) => j.serial)).toEqual([net.paidSerial]);
    const overdue = await api.ok(net.dispatcher, OVERDUE);
    expect(overdue.jobs.edges.map((e) => e.node.id)).toEqual([jobs[0].id]);

    // Seventy days on, the warranty unit's first visit (six months after sale) is within the 14-day lead.
    server.clock.advance(70 * DAY);
    await server.deps.scheduler.tick();
    jobs = await maintenanceJobs();
    expect(jobs.map((j) => j.serial)).toEqual([net.paidSerial, net.warrantySerial]);
    expect(new Date(jobs[1].maintenance_due_at).getTime()).toBeGreaterThan(server.clock.now().getTime());

    // Doing the overdue visit plans the next one six months on, not before.
    const partner = net.partners[0];
    const [offer] = await api.offerOk(net, jobs[0].id, [partner.id]);
    await api.accept(partner.admin, offer.id);
    await api.schedule(partner.admin, jobs[0].id, partner.tech.id, new Date(server.clock.now().getTime() + 3600_000));
    await api.start(partner.tech, jobs[0].id);
    // The paid unit's visit is paid work: the customer accepts its quote first.
    await api.acceptedQuote(net, partner.tech, jobs[0].id);
    expect(
      (await api.complete(partner.tech, jobs[0].id, { resolution: 'Serviced', checklist: net.checklist.map((itemId) => ({ itemId, done: true })) })).errors,
    ).toBeUndefined();
    await server.deps.scheduler.tick();
    expect(await maintenanceJobs()).toHaveLength(2);
  });
});

describe('consortium work: a job split into component jobs', () => {
  it('dispatches each component to partners certified for it, and completes the parent only after them', async () => {
    const { server, api, net } = network;
    const motors = (await api.ok(net.admin, NEW_LINE, { i: { name: 'Drive motors', strategy: 'REPAIRABLE' } })).saveProductLine.id;
    const consortium = (
      await api.ok(net.admin, CREATE_PARTNER, {
        i: { slug: `motors-${net.suffix}`, name: 'Motor Consortium', kind: 'CONSORTIUM_PARTNER', regions: [net.region], capacity: 4 },
      })
    ).createPartner.id;
    await api.ok(net.admin, GRANT, {
      i: { partnerId: consortium, productLineId: motors, jobTypes: ['REPAIR'], expiresAt: new Date(server.clock.now().getTime() + 365 * DAY).toISOString() },
    });
    const partner = net.partners[1];
    const { job: parent } = await api.startedJob(net, partner);
    const children = (
      await api.ok(net.dispatcher, SPLIT, {
        j: parent.id,
        c: [{ productLineId: motors, description: 'Replace the drive motor bearings' }],
      })
    ).splitJob;
    expect(children).toEqual([{ id: expect.any(String), status: 'NEW', componentLine: { id: motors }, parent: { id: parent.id } }]);
    const child = children[0].id;

    const candidates = (await api.ok(net.dispatcher, CANDIDATES, { j: child })).dispatchCandidates;
    expect(candidates.filter((c) => c.eligible).map((c) => c.partner.id)).toEqual([consortium]);

    expect(errorCode(await api.complete(partner.tech, parent.id, api.fullReport(net)))).toBe('INVALID_TRANSITION');
    await api.cancel(net.dispatcher, child, 'Done by the partner after all');
    expect((await api.complete(partner.tech, parent.id, api.fullReport(net))).data?.completeJob.status).toBe('COMPLETED');
    const family = await api.call(net.dispatcher, FAMILY, { id: parent.id });
    expect(family.data?.job?.children).toEqual([{ id: child, status: 'CANCELLED' }]);
    expect(family.data?.job?.events.map((e) => e.kind)).toContain('JOB_SPLIT');
  });
});
