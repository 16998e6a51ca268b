import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildNetwork, type NetworkFixture } from '../support/factory.js';
import { Api } from '../support/operations.js';
import { errorCode } from '../support/graphql-client.js';

let server: TestServer;
let twin: TestServer;
let api: Api;
let net: NetworkFixture;
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startTestServer();
  twin = await startTestServer({ databaseUrl: server.databaseUrl, clock: server.clock });
  api = new Api(server);
  net = await buildNetwork(server, { partners: 2 });
});
afterAll(async () => {
  await twin?.stop();
  await server?.stop();
});

const maintenanceJobs = async () =>
  (await server.deps.orm.em.fork().execute(
    `select j.id, e.serial, j.maintenance_due_at from service_job j join equipment_unit e on e.id = j.equipment_id where j.type = 'MAINTENANCE' and j.manufacturer_id = ? order by j.created_at`,
    [net.manufacturerId],
  )) as { id: string; serial: string; maintenance_due_at: Date }[];

describe('preventive maintenance', () => {
  it('opens one MAINTENANCE job per unit ahead of its due date, shows overdue ones, and plans the next from the visit', async () => {
    await api.ok(net.admin, 'mutation($id: ID!, $i: ProductLineInput!) { saveProductLine(id: $id, input: $i) { strategy maintenanceIntervalMonths } }', {
      id: net.productLineId,
      i: { name: 'Compressors', strategy: 'NEVER_FAIL', maintenanceIntervalMonths: 6 },
    });
    expect(errorCode(await api.call(net.admin, 'mutation($i: ProductLineInput!) { saveProductLine(input: $i) { id } }', { i: { name: 'X', strategy: 'NEVER_FAIL' } }))).toBe('BAD_USER_INPUT');
    // The paid unit (sold 1,200 days ago, never maintained) is long overdue; the warranty unit (100 days) is not due yet.
    await Promise.all([server.deps.scheduler.tick(), twin.deps.scheduler.tick()]);
    await Promise.all([server.deps.scheduler.tick(), twin.deps.scheduler.tick()]);
    let jobs = await maintenanceJobs();
    expect(jobs.map((j) => j.serial)).toEqual([net.paidSerial]);
    const overdue = await api.ok(net.dispatcher, '{ jobs(filter: { maintenanceOverdue: true }) { edges { node { id type maintenanceDueAt } } } }');
    expect(overdue.jobs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([jobs[0].id]);

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
    expect((await api.complete(partner.tech, jobs[0].id, { resolution: 'Serviced', checklist: net.checklist.map((itemId) => ({ itemId, done: true })) })).errors).toBeUndefined();
    await server.deps.scheduler.tick();
    expect(await maintenanceJobs()).toHaveLength(2);
  });
});

describe('consortium work: a job split into component jobs', () => {
  it('dispatches each component to partners certified for it, and completes the parent only after them', async () => {
    const motors = (await api.ok(net.admin, 'mutation($i: ProductLineInput!) { saveProductLine(input: $i) { id } }', { i: { name: 'Drive motors', strategy: 'REPAIRABLE' } })).saveProductLine.id;
    const consortium = (
      await api.ok(net.admin, 'mutation($i: PartnerInput!) { createPartner(input: $i) { id } }', {
        i: { slug: `motors-${net.suffix}`, name: 'Motor Consortium', kind: 'CONSORTIUM_PARTNER', regions: [net.region], capacity: 4 },
      })
    ).createPartner.id;
    await api.ok(net.admin, 'mutation($i: CertificationInput!) { grantCertification(input: $i) { id } }', {
      i: { partnerId: consortium, productLineId: motors, jobTypes: ['REPAIR'], expiresAt: new Date(server.clock.now().getTime() + 365 * DAY).toISOString() },
    });
    const partner = net.partners[1];
    const { job: parent } = await api.startedJob(net, partner);
    const children = (
      await api.ok(net.dispatcher, 'mutation($j: ID!, $c: [ComponentJobInput!]!) { splitJob(jobId: $j, components: $c) { id status componentLine { id } parent { id } } }', {
        j: parent.id,
        c: [{ productLineId: motors, description: 'Replace the drive motor bearings' }],
      })
    ).splitJob;
    expect(children).toEqual([{ id: expect.any(String), status: 'NEW', componentLine: { id: motors }, parent: { id: parent.id } }]);
    const child = children[0].id as string;

    const candidates = (await api.ok(net.dispatcher, 'query($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }', { j: child })).dispatchCandidates;
    expect(candidates.filter((c: { eligible: boolean }) => c.eligible).map((c: { partner: { id: string } }) => c.partner.id)).toEqual([consortium]);

    expect(errorCode(await api.complete(partner.tech, parent.id, api.fullReport(net)))).toBe('INVALID_TRANSITION');
    await api.cancel(net.dispatcher, child, 'Done by the partner after all');
    expect((await api.complete(partner.tech, parent.id, api.fullReport(net))).data?.completeJob.status).toBe('COMPLETED');
    const family = await api.job(net.dispatcher, parent.id, 'children { id status } events { kind }');
    expect(family.data?.job.children).toEqual([{ id: child, status: 'CANCELLED' }]);
    expect(family.data?.job.events.map((e: { kind: string }) => e.kind)).toContain('JOB_SPLIT');
  });
});
