import { gql, gqlOk, type Result } from './graphql-client.js';
import type { Actor, NetworkFixture } from './factory.js';
import type { TestServer } from './server.js';

/** The public API's operations as small functions, so tests read as the journey they check. */
export const JOB_FIELDS = 'id number status coverage priority version assignedPartner { id } technician { id } responseDueAt resolutionDueAt';

export class Api {
  constructor(private readonly server: TestServer) {}

  call(actor: Actor | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
    return gql(this.server.httpUrl, query, variables, actor?.token);
  }

  // biome-ignore lint/suspicious/noExplicitAny: an untyped query's data is whatever it selected; typed documents will replace these defaults
  ok<T = Record<string, any>>(actor: Actor | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return gqlOk<T>(this.server.httpUrl, query, variables, actor?.token);
  }

  async createJob(net: NetworkFixture, serial = net.warrantySerial, type = 'REPAIR', extra: Record<string, unknown> = {}) {
    const data = await this.ok(net.dispatcher, `mutation($input: CreateJobInput!) { createJob(input: $input) { ${JOB_FIELDS} } }`, {
      input: { serial, type, description: 'Compressor stops after ten minutes', ...extra },
    });
    return data.createJob as { id: string; number: string; status: string; coverage: string; priority: number; version: number };
  }

  offer(net: NetworkFixture, jobId: string, partnerIds: string[], expiresInMinutes?: number) {
    return this.call(net.dispatcher, 'mutation($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id status expiresAt partner { id } } }', {
      j: jobId,
      p: partnerIds,
      m: expiresInMinutes,
    });
  }

  async offerOk(net: NetworkFixture, jobId: string, partnerIds: string[], expiresInMinutes?: number) {
    const result = await this.offer(net, jobId, partnerIds, expiresInMinutes);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.offerJob as { id: string; partner: { id: string } }[];
  }

  accept(actor: Actor, offerId: string) {
    return this.call(actor, `mutation($o: ID!) { acceptOffer(offerId: $o) { ${JOB_FIELDS} } }`, { o: offerId });
  }

  decline(actor: Actor, offerId: string, reason = 'No technician free') {
    return this.call(actor, 'mutation($o: ID!, $r: String!) { declineOffer(offerId: $o, reason: $r) { id status declineReason } }', { o: offerId, r: reason });
  }

  schedule(actor: Actor, jobId: string, technicianId?: string, at = new Date(this.server.clock.now().getTime() + 86_400_000)) {
    return this.call(actor, `mutation($j: ID!, $a: DateTime!, $t: ID) { scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) { ${JOB_FIELDS} } }`, {
      j: jobId,
      a: at.toISOString(),
      t: technicianId,
    });
  }

  start(actor: Actor, jobId: string) {
    return this.call(actor, `mutation($j: ID!) { startJob(jobId: $j) { ${JOB_FIELDS} } }`, { j: jobId });
  }

  requestParts(actor: Actor, jobId: string, lines: { sku: string; quantity: number }[], idempotencyKey?: string) {
    return this.call(actor, 'mutation($input: RequestPartsInput!) { requestParts(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }', {
      input: { jobId, lines, idempotencyKey },
    });
  }

  decide(actor: Actor, id: string, approve: boolean, lines?: { sku: string; quantity: number }[]) {
    return this.call(actor, 'mutation($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }', {
      input: { id, approve, lines },
    });
  }

  ship(actor: Actor, id: string, trackingCode = 'TRACK-1') {
    return this.call(actor, 'mutation($id: ID!, $t: String) { shipPartsRequest(id: $id, trackingCode: $t) { id status trackingCode } }', { id, t: trackingCode });
  }

  receive(actor: Actor, id: string) {
    return this.call(actor, 'mutation($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }', { id });
  }

  complete(actor: Actor, jobId: string, input: Record<string, unknown>) {
    return this.call(actor, `mutation($input: CompleteJobInput!) { completeJob(input: $input) { ${JOB_FIELDS} } }`, { input: { jobId, ...input } });
  }

  fullReport(net: NetworkFixture) {
    return { resolution: 'Replaced the valve', failureCode: 'E-MECH', checklist: net.checklist.map((itemId) => ({ itemId, done: true })), laborMinutes: 60 };
  }

  close(actor: Actor, jobId: string) {
    return this.call(actor, `mutation($j: ID!) { closeJob(jobId: $j) { ${JOB_FIELDS} surveyToken } }`, { j: jobId });
  }

  reopen(actor: Actor, jobId: string, reason = 'Fault came back') {
    return this.call(actor, `mutation($j: ID!, $r: String!) { reopenJob(jobId: $j, reason: $r) { ${JOB_FIELDS} } }`, { j: jobId, r: reason });
  }

  cancel(actor: Actor, jobId: string, reason = 'Customer withdrew') {
    return this.call(actor, `mutation($j: ID!, $r: String!) { cancelJob(jobId: $j, reason: $r) { ${JOB_FIELDS} } }`, { j: jobId, r: reason });
  }

  job(actor: Actor, id: string, fields = JOB_FIELDS) {
    return this.call(actor, `query($id: ID!) { job(id: $id) { ${fields} } }`, { id });
  }

  /** A job taken through offer and accept to ASSIGNED, held by the net's first partner unless told otherwise. */
  async assignedJob(net: NetworkFixture, partner = net.partners[0], serial = net.warrantySerial) {
    const job = await this.createJob(net, serial);
    const [offer] = await this.offerOk(net, job.id, [partner.id]);
    const accepted = await this.accept(partner.admin, offer.id);
    if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
    return { job, offer };
  }

  /** A job IN_PROGRESS with the partner's technician. */
  async startedJob(net: NetworkFixture, partner = net.partners[0], serial = net.warrantySerial) {
    const { job, offer } = await this.assignedJob(net, partner, serial);
    const scheduled = await this.schedule(partner.admin, job.id, partner.tech.id);
    if (scheduled.errors) throw new Error(JSON.stringify(scheduled.errors));
    const started = await this.start(partner.tech, job.id);
    if (started.errors) throw new Error(JSON.stringify(started.errors));
    return { job, offer };
  }
}
