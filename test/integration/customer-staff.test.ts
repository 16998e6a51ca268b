import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, settle, wsClient } from '../support/graphql-client.js';
import type { Actor } from '../support/factory.js';
import { Customer } from '../../server/dist/modules/catalog/customer.entity.js';
import { EquipmentUnit } from '../../server/dist/modules/catalog/equipment-unit.entity.js';
import { Role } from '../../server/dist/modules/network/network.enums.js';

const network = useNetwork({ partners: 2 });

const CREATE_PARTNER = graphql(`
  mutation StaffCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id kind customerId } }
`);
const CREATE_USER = graphql(`
  mutation StaffCreateUser($i: UserInput!) { createUser(input: $i) { id } }
`);
const CANDIDATES = graphql(`
  query StaffCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons reasonCodes { code } } }
`);
const AUTO = graphql(`
  mutation StaffAuto($j: ID!) { autoDispatch(jobId: $j) { partner { id } } }
`);
const UPDATE_PARTNER = graphql(`
  mutation StaffUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }
`);
const JOBS = graphql(`
  query StaffJobs { jobs(first: 200) { totalCount edges { node { id } } } }
`);
const SET_STANDARD = graphql(`
  mutation StaffSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { requiresCertifiedTechnician } }
`);
const ADD_CERT = graphql(`
  mutation StaffAddCert($i: TechnicianCertificationInput!) { addTechnicianCertification(input: $i) { id technicianId productLineName jobTypes valid } }
`);
const REMOVE_CERT = graphql(`
  mutation StaffRemoveCert($id: ID!) { removeTechnicianCertification(id: $id) { id } }
`);
const CERTS = graphql(`
  query StaffCerts { technicianCertifications { id technicianId } }
`);

/** A second customer's unit in the network's region, and the network's own customer (the factory's). */
const other = { serial: '', customerId: '' };
let ownCustomerId = '';
/** The customer's own staff: its organization and its two logins. */
const staff = { id: '', admin: undefined as unknown as Actor, tech: undefined as unknown as Actor };

beforeAll(async () => {
  const { server, api, net } = network;
  const em = server.deps.orm.em.fork();
  const unit = await em.findOneOrFail(EquipmentUnit, { serial: net.warrantySerial }, { populate: ['customer', 'model'] });
  ownCustomerId = unit.customer!.id;
  const customer = em.create(Customer, { manufacturer: net.manufacturerId, name: `Other customer ${net.suffix}` });
  other.serial = `O-${net.suffix}`;
  em.create(EquipmentUnit, {
    manufacturer: net.manufacturerId,
    serial: other.serial,
    model: unit.model,
    customer,
    siteAddress: '3 Other Street',
    region: net.region,
    saleDate: unit.saleDate,
  });
  await em.flush();
  other.customerId = customer.id;

  const slug = `staff-${net.suffix}`;
  const created = await api.ok(net.admin, CREATE_PARTNER, {
    i: { slug, name: `Own staff ${net.suffix}`, kind: 'CUSTOMER_STAFF', customerId: ownCustomerId, regions: [net.region], capacity: 5 },
  });
  expect(created.createPartner).toMatchObject({ kind: 'CUSTOMER_STAFF', customerId: ownCustomerId });
  staff.id = created.createPartner.id;
  // Certified like the other partners, so only the customer rule tells them apart.
  await api.ok(net.admin, graphql(`mutation StaffGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }`), {
    i: {
      partnerId: staff.id,
      productLineId: net.productLineId,
      jobTypes: ['REPAIR', 'MAINTENANCE'],
      expiresAt: new Date(server.clock.now().getTime() + 365 * 86_400_000).toISOString(),
    },
  });
  const login = async (role: 'PARTNER_ADMIN' | 'TECHNICIAN', local: string): Promise<Actor> => {
    const email = `${local}@${slug}.test`;
    const user = await api.ok(net.admin, CREATE_USER, { i: { email, name: `${local} ${slug}`, role, organizationId: staff.id, password: 'password-1' } });
    const id = user.createUser.id;
    return { id, email, orgId: staff.id, token: await server.deps.tokens.issue({ userId: id, orgId: staff.id, role: Role[role] }) };
  };
  staff.admin = await login('PARTNER_ADMIN', 'admin');
  staff.tech = await login('TECHNICIAN', 'tech');
});

describe("a customer's own staff (CUSTOMER_STAFF)", () => {
  it('names its customer, and only it does', async () => {
    const { api, net } = network;
    const base = { name: 'X', regions: [net.region], capacity: 1 };
    const without = await api.call(net.admin, CREATE_PARTNER, { i: { ...base, slug: `s1-${net.suffix}`, kind: 'CUSTOMER_STAFF' } });
    expect(errorCode(without)).toBe('BAD_USER_INPUT');
    const dealer = await api.call(net.admin, CREATE_PARTNER, { i: { ...base, slug: `s2-${net.suffix}`, kind: 'DEALER', customerId: ownCustomerId } });
    expect(errorCode(dealer)).toBe('BAD_USER_INPUT');
    const foreign = await api.call(net.admin, CREATE_PARTNER, {
      i: { ...base, slug: `s3-${net.suffix}`, kind: 'CUSTOMER_STAFF', customerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it("is offered its customer's units only: another customer's job is NOT_ELIGIBLE, with its reason", async () => {
    const { api, net } = network;
    const own = await api.createJob(net);
    const foreign = await api.createJob(net, other.serial);

    const ownCandidates = (await api.ok(net.dispatcher, CANDIDATES, { j: own.id })).dispatchCandidates;
    const mine = ownCandidates.find((c) => c.partner.id === staff.id);
    expect(mine?.eligible).toBe(true);
    expect(mine?.reasonCodes.map((r) => r.code)).toContain('candidate.ownCustomer');

    const foreignCandidates = (await api.ok(net.dispatcher, CANDIDATES, { j: foreign.id })).dispatchCandidates;
    const theirs = foreignCandidates.find((c) => c.partner.id === staff.id);
    expect(theirs?.eligible).toBe(false);
    expect(theirs?.reasonCodes.map((r) => r.code)).toContain('candidate.otherCustomer');
    expect(theirs?.reasons).toContain("Another customer's own staff: offered only its customer's units");
    // The ordinary partners are eligible for both.
    expect(foreignCandidates.filter((c) => c.partner.id !== staff.id).every((c) => c.eligible)).toBe(true);

    const refused = await api.offer(net, foreign.id, [staff.id]);
    expect(errorCode(refused)).toBe('NOT_ELIGIBLE');
    expect(JSON.stringify(refused.errors?.[0].extensions)).toContain('candidate.otherCustomer');
    await api.offerOk(net, own.id, [staff.id]);
  });

  it('is never chosen by autoDispatch for another customer, which refuses with NOT_ELIGIBLE when nobody else qualifies', async () => {
    const { api, net } = network;
    const capacity = async (n: number) => {
      for (const partner of net.partners) await api.ok(net.admin, UPDATE_PARTNER, { id: partner.id, c: { capacity: n } });
    };
    // Every ordinary partner at capacity 0: only the customer's own staff could take a job.
    await capacity(0);
    try {
      const foreign = await api.createJob(net, other.serial);
      expect(errorCode(await api.call(net.dispatcher, AUTO, { j: foreign.id }))).toBe('NOT_ELIGIBLE');
      const own = await api.createJob(net);
      expect((await api.ok(net.dispatcher, AUTO, { j: own.id })).autoDispatch[0].partner.id).toBe(staff.id);
    } finally {
      await capacity(5);
    }
  });

  it('its users see only the jobs offered to or held by it: the list, a foreign job by id, and live events', async () => {
    const { api, net, server } = network;
    const feeds = {
      admin: await EventRecorder.start(wsClient(server.wsUrl, staff.admin.token)),
      tech: await EventRecorder.start(wsClient(server.wsUrl, staff.tech.token)),
    };
    const held = await api.assignedJob(net, { id: staff.id, slug: '', name: '', admin: staff.admin, tech: staff.tech });
    const foreign = await api.assignedJob(net, net.partners[0], other.serial);
    expect(errorCode(await api.schedule(staff.admin, held.job.id, staff.tech.id))).toBeUndefined();
    await api.schedule(net.partners[0].admin, foreign.job.id, net.partners[0].tech.id);
    await feeds.tech.waitFor((e) => e.kind === 'JOB_SCHEDULED');
    await settle();

    const seenByAdmin = (await api.ok(staff.admin, JOBS)).jobs.edges.map((e) => e.node.id);
    expect(seenByAdmin).toContain(held.job.id);
    expect(seenByAdmin).not.toContain(foreign.job.id);
    const seenByTech = (await api.ok(staff.tech, JOBS)).jobs.edges.map((e) => e.node.id);
    expect(seenByTech).toEqual([held.job.id]);
    for (const actor of [staff.admin, staff.tech]) {
      const byId = await api.job(actor, foreign.job.id);
      expect(byId.data?.job ?? null).toBeNull();
    }
    const jobIds = (events: { job?: { id: string } | null }[]) => new Set(events.map((e) => e.job?.id).filter(Boolean));
    expect(jobIds(feeds.admin.events).has(foreign.job.id)).toBe(false);
    expect(jobIds(feeds.admin.events).has(held.job.id)).toBe(true);
    expect(jobIds(feeds.tech.events).has(foreign.job.id)).toBe(false);
    feeds.admin.stop();
    feeds.tech.stop();
  });
});

describe('a standard that requires a certified technician', () => {
  const standardInput = (requiresCertifiedTechnician: boolean) => ({
    productLineId: network.net.productLineId,
    jobType: 'MAINTENANCE' as const,
    responseMinutes: 120,
    resolutionMinutes: 1440,
    checklist: [
      { id: 'safety', label: 'Safety check done' },
      { id: 'test-run', label: 'Test run under load' },
    ],
    requiresSignature: false,
    laborRateCeiling: { amount: '90', currency: 'EUR' },
    maxLaborMinutes: 240,
    requiresCertifiedTechnician,
  });

  it('makes a partner without such a technician ineligible, one with it eligible, and refuses to schedule an uncertified technician', async () => {
    const { api, net, server } = network;
    const [a, b] = net.partners;
    const set = await api.ok(net.admin, SET_STANDARD, { i: standardInput(true) });
    expect(set.setQualityStandard.requiresCertifiedTechnician).toBe(true);
    try {
      const expiresAt = new Date(server.clock.now().getTime() + 180 * 86_400_000).toISOString();
      const cert = await api.ok(a.admin, ADD_CERT, { i: { technicianId: a.tech.id, productLineId: net.productLineId, jobTypes: ['MAINTENANCE'], expiresAt } });
      expect(cert.addTechnicianCertification).toMatchObject({ technicianId: a.tech.id, jobTypes: ['MAINTENANCE'], valid: true });
      // A partner admin certifies only its own technicians, and a technician does not certify at all.
      expect(
        errorCode(
          await api.call(b.admin, ADD_CERT, { i: { technicianId: a.tech.id, productLineId: net.productLineId, jobTypes: ['MAINTENANCE'], expiresAt } }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await api.call(a.tech, ADD_CERT, { i: { technicianId: a.tech.id, productLineId: net.productLineId, jobTypes: ['MAINTENANCE'], expiresAt } })),
      ).toBe('FORBIDDEN');
      expect((await api.ok(a.tech, CERTS)).technicianCertifications.map((c) => c.id)).toEqual([cert.addTechnicianCertification.id]);
      expect((await api.ok(b.admin, CERTS)).technicianCertifications).toEqual([]);

      const job = await api.createJob(net, net.warrantySerial, 'MAINTENANCE');
      const candidates = (await api.ok(net.dispatcher, CANDIDATES, { j: job.id })).dispatchCandidates;
      const ofA = candidates.find((c) => c.partner.id === a.id);
      const ofB = candidates.find((c) => c.partner.id === b.id);
      expect(ofA?.eligible).toBe(true);
      expect(ofA?.reasonCodes.map((r) => r.code)).toContain('candidate.certifiedTechnicians');
      expect(ofB?.eligible).toBe(false);
      expect(ofB?.reasonCodes.map((r) => r.code)).toContain('candidate.noCertifiedTechnician');
      expect(errorCode(await api.offer(net, job.id, [b.id]))).toBe('NOT_ELIGIBLE');

      // A holds the job: its certified technician may be scheduled, its admin (uncertified) may not.
      const [offer] = await api.offerOk(net, job.id, [a.id]);
      expect(errorCode(await api.accept(a.admin, offer.id))).toBeUndefined();
      const uncertified = await api.schedule(a.admin, job.id, a.admin.id);
      expect(errorCode(uncertified)).toBe('NOT_ELIGIBLE');
      // Its reason is a phrase the portal renders in the reader's language, naming the line.
      expect(uncertified.errors?.[0].extensions?.reasons).toEqual([
        expect.objectContaining({
          code: 'schedule.technicianNotCertified',
          params: expect.objectContaining({ technician: expect.stringContaining('Admin'), jobType: 'MAINTENANCE', productLine: expect.any(String) }),
        }),
      ]);
      expect(errorCode(await api.schedule(a.admin, job.id, a.tech.id))).toBeUndefined();

      // Without the certification the partner is ineligible for the next such job.
      await api.ok(a.admin, REMOVE_CERT, { id: cert.addTechnicianCertification.id });
      const next = await api.createJob(net, net.paidSerial, 'MAINTENANCE');
      const after = (await api.ok(net.dispatcher, CANDIDATES, { j: next.id })).dispatchCandidates;
      expect(after.find((c) => c.partner.id === a.id)?.eligible).toBe(false);
    } finally {
      await api.ok(net.admin, SET_STANDARD, { i: standardInput(false) });
    }
  });
});
