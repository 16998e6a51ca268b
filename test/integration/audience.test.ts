import { describe, expect, it } from 'vitest';
import { ServiceJob } from '../../server/dist/modules/job/service-job.entity.js';
import { JobOffer } from '../../server/dist/modules/dispatch/job-offer.entity.js';
import { PartsRequest } from '../../server/dist/modules/parts/parts-request.entity.js';
import { AuditFinding } from '../../server/dist/modules/audit/audit-finding.entity.js';
import { User } from '../../server/dist/modules/network/user.entity.js';
import { Role } from '../../server/dist/modules/network/network.enums.js';
import { findingScope, jobScope, offerScope, partsRequestScope } from '../../server/dist/modules/access/visibility.js';
import { liveAudienceKeys } from '../../server/dist/modules/access/audience.js';
import type { Viewer } from '../../server/dist/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { joinNetwork, type Actor, type NetworkFixture } from '../support/factory.js';
import { useNetwork } from '../support/use-network.js';

/**
 * An event's audience is exactly the set of viewers who may read its subject. Over a scenario with
 * two manufacturers (sharing a partner), a broadcast won by one partner and lost by others, a
 * declined offer, a technician reassigned, parts, an SLA breach while offers are open, a finding and
 * a cancellation, every event appended by each step is checked against every user: the event's keys
 * meet the keys the user listens on (access/audience.ts) exactly when the visibility filters
 * (access/visibility.ts) let the user read the event's subject right after the step.
 */
const network = useNetwork({ partners: 3, rival: { partners: 1 } });

const RECORD_FINDING = graphql(`
  mutation AudienceRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: "Late report", correctiveActionDueAt: $d }) { id } }
`);
const ACKNOWLEDGE = graphql(`
  mutation AudienceAcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id } }
`);

const OFFER_KINDS = new Set(['JOB_OFFERED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_EXPIRED', 'OFFER_WITHDRAWN']);
const PARTS_KINDS = new Set(['PARTS_REQUESTED', 'PARTS_DECIDED', 'PARTS_SHIPPED', 'PARTS_RECEIVED']);
const FINDING_KINDS = new Set(['FINDING_RECORDED', 'FINDING_ACKNOWLEDGED', 'FINDING_ACTION_REPORTED']);

interface EventRow {
  seq: string;
  kind: string;
  job_id: string | null;
  offer_id: string | null;
  parts_request_id: string | null;
  audience: string[];
  data: { findingId?: string };
}

interface Person {
  name: string;
  viewer: Viewer;
}

const people: Person[] = [];
let lastSeq = '0';
/** Every (step, event, person) whose receipt differs from their right to read it. */
const mismatches: { step: string; kind: string; person: string; receives: boolean; mayRead: boolean }[] = [];
/** Who received what, for the positive controls: "STEP/KIND" → names. */
const received = new Map<string, string[]>();

function addPeople(net: NetworkFixture, label: string) {
  const person = (name: string, actor: Actor, role: Role) => people.push({ name: `${label}:${name}`, viewer: { userId: actor.id, orgId: actor.orgId, role } });
  person('admin', net.admin, Role.ADMIN);
  person('dispatcher', net.dispatcher, Role.DISPATCHER);
  person('parts', net.partsClerk, Role.PARTS_CLERK);
  person('auditor', net.auditor, Role.AUDITOR);
  net.partners.forEach((partner, i) => {
    person(`p${i}-admin`, partner.admin, Role.PARTNER_ADMIN);
    person(`p${i}-tech`, partner.tech, Role.TECHNICIAN);
  });
}

async function mayRead(viewer: Viewer, event: EventRow): Promise<boolean> {
  const em = network.server.deps.orm.em.fork();
  const some = async (count: Promise<number>) => (await count) > 0;
  if (OFFER_KINDS.has(event.kind)) return some(em.count(JobOffer, { $and: [{ id: event.offer_id! }, offerScope(viewer)] }));
  if (PARTS_KINDS.has(event.kind)) return some(em.count(PartsRequest, { $and: [{ id: event.parts_request_id! }, partsRequestScope(viewer)] }));
  if (FINDING_KINDS.has(event.kind)) return some(em.count(AuditFinding, { $and: [{ id: event.data.findingId! }, findingScope(viewer)] }));
  if (!event.job_id) throw new Error(`The scenario made an event of a kind this test does not judge: ${event.kind}`);
  return some(em.count(ServiceJob, { $and: [{ id: event.job_id }, jobScope(viewer)] }));
}

/** Judges every event the step appended, for every person, as things stand right after the step. */
async function step(name: string, action: () => Promise<unknown>) {
  await action();
  const rows = await network.server.deps.orm.em
    .fork()
    .execute<EventRow[]>('select seq, kind, job_id, offer_id, parts_request_id, audience, data from service_event where seq > ? order by seq', [lastSeq]);
  expect(rows.length, `${name} appends events`).toBeGreaterThan(0);
  for (const event of rows) {
    for (const { name: person, viewer } of people) {
      const receives = event.audience.some((key) => liveAudienceKeys(viewer).includes(key));
      const may = await mayRead(viewer, event);
      if (receives !== may) mismatches.push({ step: name, kind: event.kind, person, receives, mayRead: may });
      if (receives) received.set(`${name}/${event.kind}`, [...(received.get(`${name}/${event.kind}`) ?? []), person]);
    }
    lastSeq = event.seq;
  }
}

const ok = async <T extends { errors?: unknown; data?: unknown }>(result: Promise<T>) => {
  const done = await result;
  if (done.errors) throw new Error(JSON.stringify(done.errors));
  return done;
};

describe('event audiences', () => {
  it('reach exactly the viewers who may read the subject, for every role, as the scenario moves', async () => {
    const { api, net, rival, server } = network;
    const [p0, p1, p2] = net.partners;
    // p2 also serves the rival manufacturer.
    await joinNetwork(server, p2, rival);
    // A second technician at p0, to be sent instead of the first.
    const em = server.deps.orm.em.fork();
    const spare = em.create(User, { email: `tech2@${p0.slug}.test`, name: 'Second tech', role: Role.TECHNICIAN, organization: p0.id, passwordHash: 'x' });
    await em.flush();
    addPeople(net, 'maker');
    addPeople(rival, 'rival');
    people.push({ name: 'maker:p0-tech2', viewer: { userId: spare.id, orgId: p0.id, role: Role.TECHNICIAN } });
    const spareActor: Actor = {
      id: spare.id,
      email: spare.email,
      orgId: p0.id,
      token: await server.deps.tokens.issue({ userId: spare.id, orgId: p0.id, role: Role.TECHNICIAN }),
    };
    lastSeq = (await em.execute<{ seq: string }[]>('select coalesce(max(seq), 0)::text as seq from service_event'))[0].seq;

    // A broadcast to three partners: one declines, one wins, one loses.
    let job = { id: '' };
    await step('create', async () => (job = await api.createJob(net)));
    let offers: { id: string; partner: { id: string } }[] = [];
    await step('broadcast', async () => (offers = await api.offerOk(net, job.id, [p0.id, p1.id, p2.id], 600)));
    const offerOf = (partnerId: string) => offers.find((offer) => offer.partner.id === partnerId)!.id;
    await step('decline', () => ok(api.decline(p2.admin, offerOf(p2.id))));
    await step('accept', () => ok(api.accept(p0.admin, offerOf(p0.id))));
    // The technician is sent, then another one instead.
    await step('schedule', () => ok(api.schedule(p0.admin, job.id, p0.tech.id)));
    await step('reassign', () => ok(api.schedule(p0.admin, job.id, spare.id)));
    await step('start', () => ok(api.start(spareActor, job.id)));
    let requestId = '';
    await step('request parts', async () => {
      requestId = (await ok(api.requestParts(spareActor, job.id, [{ sku: net.skus[0], quantity: 1 }]))).data!.requestParts.id;
    });
    await step('decide', () => ok(api.decide(net.partsClerk, requestId, true)));
    await step('ship', () => ok(api.ship(net.partsClerk, requestId)));
    await step('receive', () => ok(api.receive(spareActor, requestId)));
    await step('complete', () => ok(api.complete(spareActor, job.id, api.fullReport(net))));
    await step('close', () => ok(api.close(net.dispatcher, job.id)));

    // The rival's job, offered to the shared partner and to its own.
    let rivalJob = { id: '' };
    await step('rival create', async () => (rivalJob = await api.createJob(rival)));
    await step('rival offer', () => api.offerOk(rival, rivalJob.id, [p2.id, rival.partners[0].id], 600));

    // A job whose response clock runs out while two offers are open: both offerees may read it.
    let late = { id: '' };
    await step('create late', async () => (late = await api.createJob(net, net.paidSerial)));
    await step('offer late', () => api.offerOk(net, late.id, [p1.id, p2.id], 600));
    await step('breach', async () => {
      server.clock.advance(125 * 60_000);
      await server.deps.scheduler.tick();
    });
    await step('cancel', () => ok(api.cancel(net.dispatcher, late.id)));

    // A finding about p0, acknowledged by its admin.
    let findingId = '';
    await step('finding', async () => {
      const due = new Date(server.clock.now().getTime() + 7 * 86_400_000).toISOString();
      findingId = (await api.ok(net.auditor, RECORD_FINDING, { p: p0.id, d: due })).recordFinding.id;
    });
    await step('acknowledge', () => api.ok(p0.admin, ACKNOWLEDGE, { id: findingId }));

    expect(mismatches).toEqual([]);
    // Positive controls: the rule is not vacuous.
    expect(received.get('broadcast/JOB_OFFERED')).toEqual(expect.arrayContaining(['maker:dispatcher', 'maker:p0-admin', 'maker:p1-admin', 'maker:p2-admin']));
    expect(received.get('accept/OFFER_WITHDRAWN')).toEqual(expect.arrayContaining(['maker:p1-admin']));
    expect(received.get('accept/OFFER_WITHDRAWN')).not.toContain('maker:p0-admin');
    expect(received.get('reassign/JOB_SCHEDULED')).toEqual(expect.arrayContaining(['maker:p0-tech2']));
    expect(received.get('reassign/JOB_SCHEDULED')).not.toContain('maker:p0-tech');
    expect(received.get('breach/SLA_BREACHED')).toEqual(expect.arrayContaining(['maker:p1-admin', 'maker:p2-admin']));
    expect(received.get('rival offer/JOB_OFFERED')).toEqual(expect.arrayContaining(['rival:dispatcher', 'maker:p2-admin', 'rival:p0-admin']));
    expect(received.get('rival offer/JOB_OFFERED')).not.toContain('maker:dispatcher');
    expect(received.get('finding/FINDING_RECORDED')).toEqual(expect.arrayContaining(['maker:auditor', 'maker:p0-admin']));
  }, 120_000);
});
