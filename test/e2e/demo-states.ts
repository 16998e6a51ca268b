import { graphql } from '../gql/index.js';
import { gqlOk } from '../support/graphql-client.js';
import type { Actor } from '../support/factory.js';
import { Api } from '../support/operations.js';
import type { TestServer } from '../support/server.js';
import { photoJpeg, signaturePng } from '../support/images.js';

const SPEAK_ENGLISH = graphql(`
  mutation DemoSpeakEnglish { setMyPreferences(input: { locale: "en" }) { id } }
`);

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

const LOGIN = graphql(`
  mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }
`);
// A unit whose REPAIR clocks run in calendar time: the amber and red jobs below are placed on the wall clock.
const CLOSED_REPAIR = graphql(`
  query DemoClosedRepair { jobs(first: 50, filter: { status: [CLOSED], type: [REPAIR] }) { edges { node { slaTime equipment { serial } } } } }
`);
const CREATE_JOB = graphql(`
  mutation DemoCreateJob($i: CreateJobInput!) { createJob(input: $i) { id number coverage createdAt responseDueAt } }
`);
const CANDIDATES = graphql(`
  query DemoCandidates($j: ID!) { dispatchCandidates(jobId: $j) { eligible partner { id name slug } } }
`);
const ROOM = graphql(`
  mutation DemoRoom($id: ID!) { updatePartner(id: $id, changes: { capacity: 50 }) { id } }
`);
const OFFER = graphql(`
  mutation DemoOffer($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id } }
`);
const MODEL = graphql(`
  query DemoModel($j: ID!) { job(id: $j) { equipment { model { id } } } }
`);
const PARTS = graphql(`
  query DemoParts($m: ID) { parts(modelId: $m) { sku } }
`);
const STANDARD = graphql(`
  query DemoStandard($j: ID!) { job(id: $j) { qualityStandard { checklist { id } minPhotos requiresSignature maxLaborMinutes } } }
`);
const RECORD_FINDING = graphql(`
  mutation DemoRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id } }
`);

/** A demo user signed in through the API, as the browser would be. */
export async function demoActor(server: TestServer, email: string): Promise<Actor> {
  const data = await gqlOk(server.httpUrl, LOGIN, { e: email, p: 'demo' });
  return { id: data.login.user.id, email, token: data.login.token, orgId: data.login.user.organization.id };
}

export interface DemoStates {
  dispatcher: Actor;
  partsClerk: Actor;
  auditor: Actor;
  admin: Actor;
  partner: { id: string; name: string; admin: Actor; tech: Actor };
  serial: string;
  /** NEW, its response due in 25 minutes: an amber countdown (the last 30) for as long as the test runs. */
  amberJob: { id: string; number: string };
  /** NEW, its response overdue: a red countdown, and a breach when the deadlines are checked. */
  redJob: { id: string; number: string };
  /** Offered to the partner, expiring in 9 minutes: an amber countdown (the last 10) in its inbox. */
  expiringOffer: { jobNumber: string };
  /** Offered to the partner for an hour, for a decline while the board looks on. */
  declinableOffer: { id: string };
  /** IN_PROGRESS with the partner's technician: the service report. */
  workJob: { id: string; number: string };
  /** AWAITING_PARTS with the partner's technician, its request waiting for the clerk. */
  partsJob: { id: string; number: string };
  /** Closed; its survey is not answered yet. */
  surveyToken: string;
}

/**
 * On the seeded demo network, the states that show colored things: countdowns in amber and red,
 * pending offers, a job being worked with its parts request, an overdue audit finding and an
 * unanswered survey. Times in the past are made by moving the server's clock back and forth.
 */
export async function makeDemoStates(server: TestServer): Promise<DemoStates> {
  const api = new Api(server);
  const [dispatcher, partsClerk, auditor, admin] = await Promise.all(
    ['dispatcher@maker.demo', 'parts@maker.demo', 'auditor@maker.demo', 'admin@maker.demo'].map((email) => demoActor(server, email)),
  );
  const closed = await api.ok(dispatcher, CLOSED_REPAIR);
  const serial = closed.jobs.edges.find(({ node }) => node.slaTime === 'CALENDAR')!.node.equipment.serial;

  const createJob = async (description: string) => (await api.ok(dispatcher, CREATE_JOB, { i: { serial, type: 'REPAIR', description } })).createJob;
  const createdAgo = async (minutes: number, description: string) => {
    server.clock.advance(-minutes * MINUTE);
    try {
      return await createJob(description);
    } finally {
      server.clock.advance(minutes * MINUTE);
    }
  };

  // The unit's response window, learnt from a first job, places the amber and red ones.
  const probe = await createJob('Display flickers at start-up');
  const responseMinutes = (Date.parse(probe.responseDueAt!) - Date.parse(probe.createdAt)) / MINUTE;
  const amberJob = await createdAgo(responseMinutes - 25, 'Pressure drops under load');
  const redJob = await createdAgo(responseMinutes + 60, 'Unit does not start');

  const candidates = await api.ok(dispatcher, CANDIDATES, { j: probe.id });
  const chosen = candidates.dispatchCandidates.find((c) => c.eligible)!.partner;
  // Room for the jobs below, whatever the seed left it holding.
  await api.ok(admin, ROOM, { id: chosen.id });
  const partner = {
    id: chosen.id,
    name: chosen.name,
    admin: await demoActor(server, `admin@${chosen.slug}.demo`),
    tech: await demoActor(server, `tech@${chosen.slug}.demo`),
  };
  // The demo's partners speak their own languages (German, Danish, Russian): these journeys read the English screens.
  for (const actor of [partner.admin, partner.tech]) await api.ok(actor, SPEAK_ENGLISH);

  const offer = async (jobId: string, minutes: number) => (await api.ok(dispatcher, OFFER, { j: jobId, p: [partner.id], m: minutes })).offerJob[0];
  await offer(probe.id, 9);
  const declinable = await createJob('Oil on the floor under the unit');
  const declinableOffer = await offer(declinable.id, 60);

  // The seeded technician has appointments of their own: a booking onto one takes the first free slot the refusal offers.
  const bookFree = async (jobId: string) => {
    const result = await api.schedule(partner.admin, jobId, partner.tech.id);
    const slots = result.errors?.[0]?.extensions?.nextFreeSlots as { startsAt: string }[] | undefined;
    return slots?.length ? api.schedule(partner.admin, jobId, partner.tech.id, new Date(slots[0].startsAt)) : result;
  };
  const working = async (description: string) => {
    const job = await createJob(description);
    const { id: offerId } = await offer(job.id, 60);
    for (const step of [() => api.accept(partner.admin, offerId), () => bookFree(job.id), () => api.start(partner.tech, job.id)]) {
      const result = await step();
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    // Paid work goes on once the customer accepts its quote.
    if (job.coverage === 'POST_WARRANTY') await api.acceptedQuote({ dispatcher }, partner.tech, job.id);
    return job;
  };
  const workJob = await working('Compressor trips after ten minutes');
  const partsJob = await working('Door seal torn');
  const unit = await api.ok(partner.tech, MODEL, { j: partsJob.id });
  const catalogue = await api.ok(partner.tech, PARTS, { m: unit.job!.equipment.model.id });
  const requested = await api.requestParts(partner.tech, partsJob.id, [{ sku: catalogue.parts[0].sku, quantity: 2 }]);
  if (requested.errors) throw new Error(JSON.stringify(requested.errors));

  const surveyed = await working('Noisy fan');
  const { job } = await api.ok(partner.tech, STANDARD, { j: surveyed.id });
  const standard = job!.qualityStandard!;
  const photoIds: string[] = [];
  for (let i = 0; i < standard.minPhotos; i++) photoIds.push(await api.uploadOk(partner.tech, surveyed.id, 'PHOTO', await photoJpeg({ hue: 40 * i })));
  const signatureId = standard.requiresSignature
    ? await api.uploadOk(partner.tech, surveyed.id, 'SIGNATURE', await signaturePng(), { signerName: 'A. Customer' })
    : null;
  const completed = await api.complete(partner.tech, surveyed.id, {
    resolution: 'Replaced the fan bearing',
    failureCode: 'E-FAN',
    checklist: standard.checklist.map(({ id }) => ({ itemId: id, done: true })),
    photoIds,
    signatureId,
    laborMinutes: Math.min(30, standard.maxLaborMinutes),
  });
  if (completed.errors) throw new Error(JSON.stringify(completed.errors));
  const closing = await api.close(dispatcher, surveyed.id);
  if (closing.errors) throw new Error(JSON.stringify(closing.errors));

  // One finding due next week, one recorded three days ago and due yesterday: overdue.
  const finding = (text: string, dueInDays: number) =>
    api.ok(auditor, RECORD_FINDING, {
      i: { partnerId: partner.id, severity: 'MAJOR', text, correctiveActionDueAt: new Date(server.clock.now().getTime() + dueInDays * DAY).toISOString() },
    });
  await finding('Service reports lack photos of the replaced parts', 7);
  server.clock.advance(-3 * DAY);
  try {
    await finding('Technician arrived without the safety equipment', 2);
  } finally {
    server.clock.advance(3 * DAY);
  }

  return {
    dispatcher,
    partsClerk,
    auditor,
    admin,
    partner,
    serial,
    amberJob,
    redJob,
    expiringOffer: { jobNumber: probe.number },
    declinableOffer,
    workJob,
    partsJob,
    surveyToken: closing.data!.closeJob.surveyToken!,
  };
}
