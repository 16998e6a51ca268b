import { graphql } from '../gql/index.js';
import type { CompleteJobInput, CreateJobInput, JobType, PartsLineInput, QuoteLineInput } from '../gql/graphql.js';
import { dataOf, post, type Result, type TypedDocument, type UntypedData, type VariablesArg } from './graphql-client.js';
import type { Actor, NetworkFixture } from './factory.js';
import type { TestServer } from './server.js';

// What the job steps answer; the documents below spread it, and codegen adds it to them.
graphql(`
  fragment JobFields on ServiceJob { id number status coverage priority version assignedPartner { id } technician { id } responseDueAt resolutionDueAt }
`);

const CREATE_JOB = graphql(`
  mutation CreateJob($input: CreateJobInput!) { createJob(input: $input) { ...JobFields } }
`);
const OFFER_JOB = graphql(`
  mutation OfferJob($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id status expiresAt partner { id } } }
`);
const ACCEPT_OFFER = graphql(`
  mutation AcceptOffer($o: ID!) { acceptOffer(offerId: $o) { ...JobFields } }
`);
const DECLINE_OFFER = graphql(`
  mutation DeclineOffer($o: ID!, $r: String!) { declineOffer(offerId: $o, reason: $r) { id status declineReason } }
`);
const SCHEDULE_JOB = graphql(`
  mutation ScheduleJob($j: ID!, $a: DateTime!, $t: ID) { scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) { ...JobFields } }
`);
const START_JOB = graphql(`
  mutation StartJob($j: ID!) { startJob(jobId: $j) { ...JobFields } }
`);
const REQUEST_PARTS = graphql(`
  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }
`);
const DECIDE_PARTS = graphql(`
  mutation DecidePartsRequest($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }
`);
const SHIP_PARTS = graphql(`
  mutation ShipPartsRequest($id: ID!, $t: String) { shipPartsRequest(id: $id, trackingCode: $t) { id status trackingCode } }
`);
const RECEIVE_PARTS = graphql(`
  mutation ReceivePartsRequest($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }
`);
const COMPLETE_JOB = graphql(`
  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { ...JobFields } }
`);
const CLOSE_JOB = graphql(`
  mutation CloseJob($j: ID!) { closeJob(jobId: $j) { ...JobFields surveyToken } }
`);
const REOPEN_JOB = graphql(`
  mutation ReopenJob($j: ID!, $r: String!) { reopenJob(jobId: $j, reason: $r) { ...JobFields } }
`);
const CANCEL_JOB = graphql(`
  mutation CancelJob($j: ID!, $r: String!) { cancelJob(jobId: $j, reason: $r) { ...JobFields } }
`);
const JOB = graphql(`
  query Job($id: ID!) { job(id: $id) { ...JobFields } }
`);
const SEND_QUOTE = graphql(`
  mutation SendQuote($j: ID!, $l: [QuoteLineInput!]!, $d: Int) {
    sendQuote(jobId: $j, lines: $l, validDays: $d) { id number state net { amount currency } taxRate tax { amount currency } gross { amount currency } }
  }
`);
const QUOTE_LINK = graphql(`
  query QuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }
`);
const TRACKED_QUOTE = graphql(`
  query TrackedQuote($t: String!) { trackJob(token: $t) { quote { number state answerToken gross { amount currency } } } }
`);
const ANSWER_QUOTE = graphql(`
  mutation AnswerQuote($t: String!, $a: Boolean!, $r: String) { answerQuote(token: $t, accept: $a, reason: $r) { number state answeredAt declineReason answerToken } }
`);

export interface UploadFields {
  signerName?: string;
  filename?: string;
  contentType?: string;
}

export interface UploadAnswer {
  id?: string;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A service report; the job's id is added by `complete`. */
export type Report = Omit<CompleteJobInput, 'jobId'>;

/** The public API's operations as small functions, so tests read as the journey they check. */
export class Api {
  constructor(readonly server: TestServer) {}

  /** A call as `actor` (none: anonymous); a typed document, or the text of one where typing is impossible. */
  call<R, V>(actor: Actor | undefined, document: TypedDocument<R, V>, ...variables: VariablesArg<V>): Promise<Result<R>>;
  call(actor: Actor | undefined, document: string, variables?: UntypedData): Promise<Result>;
  call(actor: Actor | undefined, document: TypedDocument<unknown, unknown> | string, variables?: unknown): Promise<Result<unknown>> {
    return post(this.server.httpUrl, document.toString(), variables, actor?.token);
  }

  /** The data of a call that must succeed. */
  ok<R, V>(actor: Actor | undefined, document: TypedDocument<R, V>, ...variables: VariablesArg<V>): Promise<R>;
  ok(actor: Actor | undefined, document: string, variables?: UntypedData): Promise<UntypedData>;
  async ok(actor: Actor | undefined, document: TypedDocument<unknown, unknown> | string, variables?: unknown): Promise<unknown> {
    return dataOf(await post(this.server.httpUrl, document.toString(), variables, actor?.token));
  }

  async createJob(net: NetworkFixture, serial = net.warrantySerial, type: JobType = 'REPAIR', extra: Partial<CreateJobInput> = {}) {
    const data = await this.ok(net.dispatcher, CREATE_JOB, { input: { serial, type, description: 'Compressor stops after ten minutes', ...extra } });
    return data.createJob;
  }

  offer(net: NetworkFixture, jobId: string, partnerIds: string[], expiresInMinutes?: number) {
    return this.call(net.dispatcher, OFFER_JOB, { j: jobId, p: partnerIds, m: expiresInMinutes });
  }

  async offerOk(net: NetworkFixture, jobId: string, partnerIds: string[], expiresInMinutes?: number) {
    const result = await this.offer(net, jobId, partnerIds, expiresInMinutes);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.offerJob;
  }

  accept(actor: Actor, offerId: string) {
    return this.call(actor, ACCEPT_OFFER, { o: offerId });
  }

  decline(actor: Actor, offerId: string, reason = 'No technician free') {
    return this.call(actor, DECLINE_OFFER, { o: offerId, r: reason });
  }

  /** Appointments made without a time are a day ahead, each three hours after the last: a technician is never booked twice by default. */
  private appointments = 0;

  schedule(
    actor: Actor,
    jobId: string,
    technicianId?: string,
    at = new Date(this.server.clock.now().getTime() + 86_400_000 + this.appointments++ * 3 * 3_600_000),
  ) {
    return this.call(actor, SCHEDULE_JOB, { j: jobId, a: at.toISOString(), t: technicianId });
  }

  start(actor: Actor, jobId: string) {
    return this.call(actor, START_JOB, { j: jobId });
  }

  requestParts(actor: Actor, jobId: string, lines: PartsLineInput[], idempotencyKey?: string) {
    return this.call(actor, REQUEST_PARTS, { input: { jobId, lines, idempotencyKey } });
  }

  decide(actor: Actor, id: string, approve: boolean, lines?: PartsLineInput[]) {
    return this.call(actor, DECIDE_PARTS, { input: { id, approve, lines } });
  }

  ship(actor: Actor, id: string, trackingCode = 'TRACK-1') {
    return this.call(actor, SHIP_PARTS, { id, t: trackingCode });
  }

  receive(actor: Actor, id: string) {
    return this.call(actor, RECEIVE_PARTS, { id });
  }

  complete(actor: Actor, jobId: string, input: Report) {
    return this.call(actor, COMPLETE_JOB, { input: { jobId, ...input } });
  }

  fullReport(net: NetworkFixture): Report {
    return { resolution: 'Replaced the valve', failureCode: 'E-MECH', checklist: net.checklist.map((itemId) => ({ itemId, done: true })), laborMinutes: 60 };
  }

  close(actor: Actor, jobId: string) {
    return this.call(actor, CLOSE_JOB, { j: jobId });
  }

  reopen(actor: Actor, jobId: string, reason = 'Fault came back') {
    return this.call(actor, REOPEN_JOB, { j: jobId, r: reason });
  }

  cancel(actor: Actor, jobId: string, reason = 'Customer withdrew') {
    return this.call(actor, CANCEL_JOB, { j: jobId, r: reason });
  }

  /** The job's main fields as `actor` sees them; other selections are a document of the test's own. */
  job(actor: Actor, id: string) {
    return this.call(actor, JOB, { id });
  }

  /** A job taken through offer and accept to ASSIGNED, held by the net's first partner unless told otherwise. */
  async assignedJob(net: NetworkFixture, partner = net.partners[0], serial = net.warrantySerial) {
    const job = await this.createJob(net, serial);
    const [offer] = await this.offerOk(net, job.id, [partner.id]);
    const accepted = await this.accept(partner.admin, offer.id);
    if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
    return { job, offer };
  }

  /** POST /uploads as `actor`: the file's bytes with the form's fields; the answer's status and JSON. */
  async upload(
    actor: Actor | undefined,
    jobId: string,
    kind: 'PHOTO' | 'DOCUMENT' | 'SIGNATURE' | 'CERTIFICATE',
    bytes: Uint8Array,
    fields: UploadFields = {},
  ) {
    const form = new FormData();
    form.set('jobId', jobId);
    form.set('kind', kind);
    if (fields.signerName !== undefined) form.set('signerName', fields.signerName);
    form.set('file', new Blob([new Uint8Array(bytes)], { type: fields.contentType ?? 'application/octet-stream' }), fields.filename ?? 'upload.bin');
    const response = await fetch(`${this.server.url}/uploads`, {
      method: 'POST',
      body: form,
      headers: actor ? { authorization: `Bearer ${actor.token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  }

  /** An upload that must succeed: the attachment's id. */
  async uploadOk(
    actor: Actor,
    jobId: string,
    kind: 'PHOTO' | 'DOCUMENT' | 'SIGNATURE' | 'CERTIFICATE',
    bytes: Uint8Array,
    fields: UploadFields = {},
  ): Promise<string> {
    const { status, body } = await this.upload(actor, jobId, kind, bytes, fields);
    if (status !== 201 || !body.id) throw new Error(`upload failed with ${status}: ${JSON.stringify(body)}`);
    return body.id;
  }

  /**
   * A job IN_PROGRESS with the partner's technician. Paid (POST_WARRANTY) work goes on at the
   * customer's word: unless `quoted` is false, the technician quotes ten hours of labour at the
   * partner's rate and the customer accepts it through the tracking page's token.
   */
  async startedJob(net: NetworkFixture, partner = net.partners[0], serial = net.warrantySerial, { quoted = true } = {}) {
    const { job, offer } = await this.assignedJob(net, partner, serial);
    const scheduled = await this.schedule(partner.admin, job.id, partner.tech.id);
    if (scheduled.errors) throw new Error(JSON.stringify(scheduled.errors));
    const started = await this.start(partner.tech, job.id);
    if (started.errors) throw new Error(JSON.stringify(started.errors));
    if (quoted && job.coverage === 'POST_WARRANTY') await this.acceptedQuote(net, partner.tech, job.id);
    return { job, offer };
  }

  sendQuote(actor: Actor, jobId: string, lines: QuoteLineInput[], validDays?: number) {
    return this.call(actor, SEND_QUOTE, { j: jobId, l: lines, d: validDays });
  }

  /** The quote as the customer's tracking page shows it (the job's link token is read as the dispatcher). */
  async trackedQuote(net: Pick<NetworkFixture, 'dispatcher'>, jobId: string) {
    const token = (await this.ok(net.dispatcher, QUOTE_LINK, { id: jobId })).job?.customerLinkToken;
    if (!token) throw new Error('no customer link');
    return (await this.ok(undefined, TRACKED_QUOTE, { t: token })).trackJob.quote;
  }

  answerQuote(token: string, accept: boolean, reason?: string) {
    return this.call(undefined, ANSWER_QUOTE, { t: token, a: accept, r: reason });
  }

  /** Sends a quote (ten hours of labour unless other lines are given) and accepts it as the customer does on the tracking page. */
  async acceptedQuote(net: Pick<NetworkFixture, 'dispatcher'>, actor: Actor, jobId: string, lines: QuoteLineInput[] = [{ kind: 'LABOR', quantity: '10' }]) {
    const sent = await this.sendQuote(actor, jobId, lines);
    if (sent.errors) throw new Error(JSON.stringify(sent.errors));
    const token = (await this.trackedQuote(net, jobId))?.answerToken;
    if (!token) throw new Error('the tracking page shows no open quote');
    const answered = await this.answerQuote(token, true);
    if (answered.errors) throw new Error(JSON.stringify(answered.errors));
    return sent.data!.sendQuote;
  }
}
