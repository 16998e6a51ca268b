import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../server/dist/graphql/schema.js';
import { graphql } from '../gql/index.js';
import type { Actor, NetworkFixture } from '../support/factory.js';
import type { Api } from '../support/operations.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, wsClient, type Result } from '../support/graphql-client.js';
import { photoJpeg } from '../support/images.js';
import { offerLinkUrls } from '../../server/dist/modules/dispatch/offer-links.js';
import { Role } from '../../server/dist/modules/network/network.enums.js';

/**
 * Every operation of the schema × every role × {own data, another partner's, another
 * manufacturer's, a missing id}. Denials are exact (FORBIDDEN for a role that may never do it,
 * NOT_FOUND, or nothing, for data outside the caller's view, the same as for a missing id); an
 * allowed cell must get past authorization (any other outcome). A field added to the schema
 * without an entry here fails the suite. The cells' documents stay text: they are judged only by
 * their error code or whether data came back, never read.
 */

const network = useNetwork({ partners: 2, rival: { partners: 1 } });

type RoleName = 'ADMIN' | 'DISPATCHER' | 'PARTS_CLERK' | 'AUDITOR' | 'PARTNER_ADMIN' | 'TECHNICIAN';
type Target = 'own' | 'otherPartner' | 'otherManufacturer' | 'missing';
const ROLES: RoleName[] = ['ADMIN', 'DISPATCHER', 'PARTS_CLERK', 'AUDITOR', 'PARTNER_ADMIN', 'TECHNICIAN'];
const TARGETS: Target[] = ['own', 'otherPartner', 'otherManufacturer', 'missing'];
const STAFF: RoleName[] = ['ADMIN', 'DISPATCHER', 'PARTS_CLERK', 'AUDITOR'];
const FIELD: RoleName[] = ['PARTNER_ADMIN', 'TECHNICIAN'];

/** The ids an operation is pointed at, per target. */
interface Ids {
  job: string;
  offer: string;
  partsRequest: string;
  /** The request's line (not a loaner, not shipped: returnLoaner gets past authorization to INVALID_TRANSITION). */
  partsLine: string;
  partner: string;
  finding: string;
  productLine: string;
  /** The quality standard of the scenario's job. */
  standard: string;
  serial: string;
  certification: string;
  /** The job's customer link token (public: it grants its job to anyone who holds it). */
  customerToken: string;
  /** A customer's request whose serial was not found, waiting for the dispatcher. */
  serviceRequest: string;
  /** An API key: for "own", the caller's own organization's (keys are private to their organization). */
  apiKey: (orgId: string | undefined) => string;
  /** The decline link of the offer, as mailed to the partner's admin (public: it acts as that admin, on that offer only). */
  offerLink: string;
  /** A message of the outbox (the offer's mail to the partner's admin, HELD: no SMTP_URL). */
  mailMessage: string;
  /** The partner's webhook endpoint (an organization's own: only its admin sees it), and a failed delivery of it. */
  webhookEndpoint: string;
  webhookDelivery: string;
  /** The partner's technician, and an absence of theirs (a technician's time is their organization's alone). */
  technician: string;
  absence: string;
  /** A certification of that technician. */
  technicianCertification: string;
  /** A PART line of a submitted claim of the partner (on a job of its own), and the return asked of it (REQUESTED). */
  claimLine: string;
  returnAuthorization: string;
  /** A DRAFT warranty claim of the partner on the scenario's job. */
  claim: string;
  /** A partner invitation of the target's manufacturer (PENDING), and its /join token (public: whoever holds it sees it). */
  invitation: string;
  invitationToken: string;
  /** The answer token of a quote sent on a paid job of the partner (public: it answers that quote only, once). */
  quoteToken: string;
}

interface Spec {
  /** Roles that may call it at all; others get FORBIDDEN. 'ANY' = any signed-in user, 'PUBLIC' = no token needed. */
  roles: RoleName[] | 'ANY' | 'PUBLIC';
  /** Whether the targets matter (operations on the caller's own scope ignore them). */
  targeted: boolean;
  /** Which targets a role sees; by default staff see their network (own, otherPartner), field roles their own. */
  sees?: (role: RoleName, target: Target) => boolean;
  /** How "not visible" shows: an error code, or empty/null data. */
  hidden?: 'NOT_FOUND' | 'EMPTY';
  call: (api: Api, actor: Actor | undefined, ids: Ids) => Promise<Result>;
}

/** Webhook endpoints are an organization's own: the targets' endpoints are partners', seen by that partner's admin alone. */
const ownWebhooks = (role: RoleName, target: Target) => role === 'PARTNER_ADMIN' && target === 'own';
const defaultSees = (role: RoleName, target: Target) => (STAFF.includes(role) ? target === 'own' || target === 'otherPartner' : target === 'own');
const q =
  (doc: string, vars: (ids: Ids) => Record<string, unknown> = () => ({})) =>
  (api: Api, actor: Actor | undefined, ids: Ids) =>
    api.call(actor, doc, vars(ids));
const period = { from: '2026-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' };

const SPECS: Record<string, Spec> = {
  // Queries
  me: { roles: 'ANY', targeted: false, call: q('{ me { id } }') },
  colleagues: { roles: 'ANY', targeted: false, call: q('{ colleagues { id } }') },
  job: { roles: 'ANY', targeted: true, hidden: 'EMPTY', call: q('query($id: ID!) { job(id: $id) { id } }', (i) => ({ id: i.job })) },
  jobs: {
    roles: 'ANY',
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($s: String) { jobs(filter: { search: $s }) { edges { node { id } } } }', (i) => ({ s: i.serial })),
  },
  equipmentBySerial: {
    roles: 'ANY',
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($s: String!) { equipmentBySerial(serial: $s) { id } }', (i) => ({ s: i.serial })),
  },
  dispatchCandidates: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('query($j: ID!) { dispatchCandidates(jobId: $j) { score } }', (i) => ({ j: i.job })),
  },
  parts: { roles: 'ANY', targeted: false, call: q('{ parts { sku } }') },
  partsRequests: { roles: 'ANY', targeted: false, call: q('{ partsRequests { id } }') },
  offers: { roles: 'ANY', targeted: false, call: q('{ offers(status: [PENDING]) { totalCount edges { node { id } } } }') },
  // Any signed-in user may ask how far behind its own feed is; a foreign cursor is only a number.
  missedEventCount: { roles: 'ANY', targeted: false, call: q('query($c: String!) { missedEventCount(after: $c) }', () => ({ c: 'ZXYxOjA' })) },
  partnerScorecards: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: false,
    call: q('query($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { score } }', () => period),
  },
  partnerScorecard: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: true,
    call: q('query($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) { card { score } } }', (i) => ({
      p: i.partner,
      ...period,
    })),
  },
  scorecardPolicy: { roles: STAFF, targeted: false, call: q('{ scorecardPolicy { recoverAt } }') },
  findings: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($p: ID) { findings(partnerId: $p) { id } }', (i) => ({ p: i.partner })),
  },
  reimbursementStatement: {
    roles: ['ADMIN', 'AUDITOR', 'PARTNER_ADMIN'],
    targeted: true,
    call: q(
      'query($p: ID!, $from: DateTime!, $to: DateTime!) { reimbursementStatement(partnerId: $p, from: $from, to: $to) { total { amount currency } } }',
      (i) => ({
        p: i.partner,
        ...period,
      }),
    ),
  },
  failureAnalysis: {
    roles: STAFF,
    targeted: false,
    call: q('query($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { jobs } }', () => period),
  },
  partners: { roles: STAFF, targeted: false, call: q('{ partners { id } }') },
  users: { roles: ['ADMIN'], targeted: false, call: q('{ users { id } }') },
  customers: { roles: ['ADMIN'], targeted: false, call: q('{ customers { id name } }') },
  // Returns: staff see their network's, a partner's admin its own firm's, a technician none.
  returnAuthorizations: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($p: ID) { returnAuthorizations(partnerId: $p) { id } }', (i) => ({ p: i.partner })),
  },
  requestPartReturn: {
    roles: ['ADMIN', 'DISPATCHER', 'PARTS_CLERK'],
    targeted: true,
    call: q('mutation($l: ID!) { requestPartReturn(claimLineId: $l) { id } }', (i) => ({ l: i.claimLine })),
  },
  shipPartReturn: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($r: ID!) { shipPartReturn(returnId: $r, trackingCode: "MATRIX-1") { id } }', (i) => ({ r: i.returnAuthorization })),
  },
  receivePartReturn: {
    roles: ['ADMIN', 'PARTS_CLERK'],
    targeted: true,
    call: q('mutation($r: ID!) { receivePartReturn(returnId: $r) { id } }', (i) => ({ r: i.returnAuthorization })),
  },
  inspectPartReturn: {
    roles: ['ADMIN', 'PARTS_CLERK'],
    targeted: true,
    call: q('mutation($r: ID!) { inspectPartReturn(returnId: $r, result: CONFIRMED_FAULT) { id } }', (i) => ({ r: i.returnAuthorization })),
  },
  apiKeys: { roles: ['ADMIN', 'PARTNER_ADMIN'], targeted: false, call: q('{ apiKeys { id } }') },
  productLines: { roles: STAFF, targeted: false, call: q('{ productLines { id } }') },
  // Mutations: pointed at the target; "own" cells must only get past authorization.
  login: {
    roles: 'PUBLIC',
    targeted: false,
    call: (api) => api.call(undefined, 'mutation($e: String!) { login(email: $e, password: "demo") { token } }', { e: network.net.auditor.email }),
  },
  // A rating out of range: refused as bad input, after authentication would have been checked.
  submitSurvey: { roles: 'PUBLIC', targeted: false, call: q('mutation { submitSurvey(token: "not-a-token", rating: 9) { id } }') },
  // The customer's link: whoever holds the token sees that job, signed in or not, whatever the role; nothing else.
  trackJob: {
    roles: 'PUBLIC',
    targeted: true,
    sees: (_role, t) => t !== 'missing',
    call: q('query($t: String!) { trackJob(token: $t) { number } }', (i) => ({ t: i.customerToken })),
  },
  requestManufacturers: { roles: 'PUBLIC', targeted: false, call: q('{ requestManufacturers { slug } }') },
  // A mailed offer's link: whoever holds it sees that offer, signed in or not, whatever the role; a forged one nothing.
  mailedOffer: {
    roles: 'PUBLIC',
    targeted: true,
    sees: (_role, t) => t !== 'missing',
    call: q('query($t: String!) { mailedOffer(token: $t) { offerId } }', (i) => ({ t: i.offerLink })),
  },
  // It declines as the admin it was mailed to, whoever sends it: the scenario's offers are accepted, so it is refused as closed, never let through twice.
  answerMailedOffer: {
    roles: 'PUBLIC',
    targeted: true,
    sees: (_role, t) => t !== 'missing',
    call: q('mutation($t: String!) { answerMailedOffer(token: $t, reason: "matrix") { action } }', (i) => ({ t: i.offerLink })),
  },
  // The quote an answer token is for: whoever holds the token reads it (answered or not); a forged one nothing.
  customerQuote: {
    roles: 'PUBLIC',
    targeted: true,
    sees: (_role, t) => t !== 'missing',
    call: q('query($t: String!) { customerQuote(token: $t) { number } }', (i) => ({ t: i.quoteToken })),
  },
  // The customer's answer to a quote: whoever holds the token answers that quote, once (later cells find it closed); a forged one nothing.
  answerQuote: {
    roles: 'PUBLIC',
    targeted: true,
    sees: (_role, t) => t !== 'missing',
    call: q('mutation($t: String!) { answerQuote(token: $t, accept: false, reason: "matrix") { state } }', (i) => ({ t: i.quoteToken })),
  },
  // An address that is none: refused as bad input before anything is written or counted.
  submitServiceRequest: {
    roles: 'PUBLIC',
    targeted: false,
    call: q(
      'mutation { submitServiceRequest(input: { manufacturer: "x", serial: "S", contactName: "x", contactEmail: "no-address", description: "x" }) { token } }',
    ),
  },
  serviceRequests: { roles: ['ADMIN', 'DISPATCHER'], targeted: false, call: q('{ serviceRequests { id } }') },
  markServiceRequestHandled: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($id: ID!) { markServiceRequestHandled(id: $id) { id } }', (i) => ({ id: i.serviceRequest })),
  },
  createJobFromServiceRequest: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($id: ID!, $s: String!) { createJobFromServiceRequest(id: $id, serial: $s) { id } }', (i) => ({ id: i.serviceRequest, s: i.serial })),
  },
  createJob: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    sees: (_role, t) => t === 'own' || t === 'otherPartner',
    call: q('mutation($s: String!) { createJob(input: { serial: $s, type: INSPECTION, description: "matrix" }) { id } }', (i) => ({ s: i.serial })),
  },
  offerJob: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($j: ID!) { offerJob(jobId: $j, partnerIds: ["00000000-0000-4000-8000-000000000000"]) { id } }', (i) => ({ j: i.job })),
  },
  autoDispatch: { roles: ['ADMIN', 'DISPATCHER'], targeted: true, call: q('mutation($j: ID!) { autoDispatch(jobId: $j) { id } }', (i) => ({ j: i.job })) },
  splitJob: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($j: ID!, $l: ID!) { splitJob(jobId: $j, components: [{ productLineId: $l, description: "x" }]) { id } }', (i) => ({
      j: i.job,
      l: idsFor.own.productLine,
    })),
  },
  closeJob: { roles: ['ADMIN', 'DISPATCHER'], targeted: true, call: q('mutation($j: ID!) { closeJob(jobId: $j) { id } }', (i) => ({ j: i.job })) },
  reopenJob: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($j: ID!) { reopenJob(jobId: $j, reason: "matrix") { id } }', (i) => ({ j: i.job })),
  },
  cancelJob: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($j: ID!) { cancelJob(jobId: $j, reason: "matrix") { id } }', (i) => ({ j: i.job })),
  },
  acceptOffer: { roles: ['PARTNER_ADMIN'], targeted: true, call: q('mutation($o: ID!) { acceptOffer(offerId: $o) { id } }', (i) => ({ o: i.offer })) },
  declineOffer: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($o: ID!) { declineOffer(offerId: $o, reason: "matrix") { id } }', (i) => ({ o: i.offer })),
  },
  scheduleJob: {
    roles: FIELD,
    targeted: true,
    call: q('mutation($j: ID!) { scheduleJob(jobId: $j, appointmentAt: "2030-01-01T10:00:00Z") { id } }', (i) => ({ j: i.job })),
  },
  startJob: { roles: FIELD, targeted: true, call: q('mutation($j: ID!) { startJob(jobId: $j) { id } }', (i) => ({ j: i.job })) },
  completeJob: {
    roles: FIELD,
    targeted: true,
    call: q('mutation($j: ID!) { completeJob(input: { jobId: $j, resolution: "x", checklist: [] }) { id } }', (i) => ({ j: i.job })),
  },
  requestParts: {
    roles: FIELD,
    targeted: true,
    call: q('mutation($j: ID!) { requestParts(input: { jobId: $j, lines: [{ sku: "NONE", quantity: 1 }] }) { id } }', (i) => ({ j: i.job })),
  },
  receivePartsRequest: { roles: FIELD, targeted: true, call: q('mutation($id: ID!) { receivePartsRequest(id: $id) { id } }', (i) => ({ id: i.partsRequest })) },
  // The scenario's job is warranty work: an allowed cell gets past authorization to INVALID_TRANSITION.
  sendQuote: {
    roles: FIELD,
    targeted: true,
    call: q('mutation($j: ID!) { sendQuote(jobId: $j, lines: [{ kind: LABOR, quantity: "1" }]) { id } }', (i) => ({ j: i.job })),
  },
  returnLoaner: { roles: FIELD, targeted: true, call: q('mutation($id: ID!) { returnLoaner(lineId: $id) { id } }', (i) => ({ id: i.partsLine })) },
  decidePartsRequest: {
    roles: ['ADMIN', 'PARTS_CLERK'],
    targeted: true,
    call: q('mutation($id: ID!) { decidePartsRequest(input: { id: $id, approve: true, lines: [{ sku: "NONE", quantity: 1 }] }) { id } }', (i) => ({
      id: i.partsRequest,
    })),
  },
  shipPartsRequest: {
    roles: ['ADMIN', 'PARTS_CLERK'],
    targeted: true,
    call: q('mutation($id: ID!) { shipPartsRequest(id: $id) { id } }', (i) => ({ id: i.partsRequest })),
  },
  setScorecardPolicy: {
    roles: ['ADMIN'],
    targeted: false,
    call: q('mutation { setScorecardPolicy(input: { suspendBelow: 90, probationBelow: 10 }) { recoverAt } }'),
  },
  evaluatePartnerStatuses: { roles: ['ADMIN', 'AUDITOR'], targeted: false, call: q('mutation { evaluatePartnerStatuses { to } }') },
  recordFinding: {
    roles: ['ADMIN', 'AUDITOR'],
    targeted: true,
    call: q(
      'mutation($p: ID!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: "matrix", correctiveActionDueAt: "2030-01-01T00:00:00Z" }) { id } }',
      (i) => ({ p: i.partner }),
    ),
  },
  acknowledgeFinding: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($id: ID!) { acknowledgeFinding(id: $id) { id } }', (i) => ({ id: i.finding })),
  },
  reportCorrectiveAction: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($id: ID!) { reportCorrectiveAction(id: $id, actionTaken: "matrix") { id } }', (i) => ({ id: i.finding })),
  },
  createPartner: {
    roles: ['ADMIN'],
    targeted: false,
    call: q('mutation { createPartner(input: { slug: "maker", name: "x", kind: DEALER, regions: [], capacity: 1 }) { id } }'),
  },
  updatePartner: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('mutation($p: ID!) { updatePartner(id: $p, changes: { status: SUSPENDED }) { id } }', (i) => ({ p: i.partner })),
  },
  grantCertification: {
    roles: ['ADMIN'],
    targeted: true,
    call: q(
      'mutation($p: ID!, $l: ID!) { grantCertification(input: { partnerId: $p, productLineId: $l, jobTypes: [REPAIR], expiresAt: "2020-01-01T00:00:00Z" }) { id } }',
      (i) => ({ p: i.partner, l: i.productLine }),
    ),
  },
  // A manufacturer's admin sets its own calendar and its partners' (the targets are partners), a partner's admin only its own.
  setBusinessCalendar: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    hidden: 'NOT_FOUND',
    call: q(
      'mutation($o: ID) { setBusinessCalendar(organizationId: $o, calendar: { timeZone: "Europe/Berlin", hours: [{ day: MON, intervals: ["08:00-17:00"] }] }) { version } }',
      (i) => ({ o: i.partner }),
    ),
  },
  businessCalendars: { roles: 'ANY', targeted: false, call: q('{ businessCalendars { organizationId } }') },
  // A technician's time: their organization's admin sets it; its admin and the technician read it; manufacturer staff never.
  technicianSchedules: {
    roles: FIELD,
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($t: ID, $from: DateTime!, $to: DateTime!) { technicianSchedules(technicianId: $t, from: $from, to: $to) { technicianId } }', (i) => ({
      t: i.technician,
      from: '2031-01-01T00:00:00Z',
      to: '2031-02-01T00:00:00Z',
    })),
  },
  setTechnicianHours: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($t: ID!) { setTechnicianHours(technicianId: $t, hours: [{ day: MON, intervals: ["08:00-12:00"] }]) { ownHours } }', (i) => ({
      t: i.technician,
    })),
  },
  addTechnicianAbsence: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q(
      'mutation($t: ID!) { addTechnicianAbsence(input: { technicianId: $t, startsAt: "2031-03-01T00:00:00Z", endsAt: "2031-03-02T00:00:00Z", kind: OTHER }) { id } }',
      (i) => ({
        t: i.technician,
      }),
    ),
  },
  removeTechnicianAbsence: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($id: ID!) { removeTechnicianAbsence(id: $id) { id } }', (i) => ({ id: i.absence })),
  },
  // A technician's certifications: their organization's admin adds and removes them; its admin and the technician read them.
  technicianCertifications: {
    roles: FIELD,
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($t: ID) { technicianCertifications(technicianId: $t) { id } }', (i) => ({ t: i.technician })),
  },
  certifiableProductLines: { roles: ['PARTNER_ADMIN'], targeted: false, call: q('{ certifiableProductLines { id name } }') },
  addTechnicianCertification: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q(
      'mutation($t: ID!, $l: ID!) { addTechnicianCertification(input: { technicianId: $t, productLineId: $l, jobTypes: [REPAIR], expiresAt: "2031-01-01T00:00:00Z" }) { id } }',
      (i) => ({ t: i.technician, l: i.productLine }),
    ),
  },
  removeTechnicianCertification: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($id: ID!) { removeTechnicianCertification(id: $id) { id } }', (i) => ({ id: i.technicianCertification })),
  },
  revokeCertification: { roles: ['ADMIN'], targeted: true, call: q('mutation($id: ID!) { revokeCertification(id: $id) }', (i) => ({ id: i.certification })) },
  // A partner admin's key takes PARTNER_ADMIN, the manufacturer admin's a staff role: the other is BAD_USER_INPUT, past authorization.
  createApiKey: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: false,
    call: q('mutation { createApiKey(input: { name: "matrix", role: PARTNER_ADMIN }) { secret } }'),
  },
  // Revoking again changes nothing, so the "own" cells may share one key per organization.
  revokeApiKey: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: (_role, target) => target === 'own',
    call: (api, actor, ids) => api.call(actor, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: ids.apiKey(actor?.orgId) }),
  },
  // A partner's admin adds its own firm's people only ("own" is its organization); other organizations are NOT_FOUND.
  createUser: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    call: q(
      'mutation($o: ID!, $e: String!) { createUser(input: { email: $e, name: "x", role: TECHNICIAN, organizationId: $o, password: "longenough" }) { id } }',
      (i) => ({ o: i.partner, e: `m-${randomUUID()}@x.test` }),
    ),
  },
  saveProductLine: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('mutation($id: ID) { saveProductLine(id: $id, input: { name: "Compressors", strategy: REPAIRABLE }) { id } }', (i) => ({ id: i.productLine })),
  },
  createProductModel: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('mutation($l: ID!) { createProductModel(input: { productLineId: $l, name: "x", warrantyMonths: 12 }) { id } }', (i) => ({ l: i.productLine })),
  },
  setSiteLocation: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('mutation($s: String!) { setSiteLocation(serial: $s, location: { latitude: 47.37, longitude: 8.54 }) { id } }', (i) => ({ s: i.serial })),
  },
  setQualityStandard: {
    roles: ['ADMIN'],
    targeted: true,
    call: q(
      'mutation($l: ID!) { setQualityStandard(input: { productLineId: $l, jobType: REPAIR, responseMinutes: 10, resolutionMinutes: 50, checklist: [], minPhotos: 0, requiresSignature: false, laborRateCeiling: { amount: "1", currency: "EUR" }, maxLaborMinutes: 1 }) { id } }',
      (i) => ({ l: i.productLine }),
    ),
  },
  // The manufacturer's texts: its admin only; another manufacturer's standard answers like a missing one.
  setStandardTexts: {
    roles: ['ADMIN'],
    targeted: true,
    hidden: 'NOT_FOUND',
    call: q(
      'mutation($s: ID!) { setStandardTexts(input: { standardId: $s, instructionsTranslations: [{ language: "de", text: "Matrix" }] }) { id } }',
      (i) => ({
        s: i.standard,
      }),
    ),
  },
  setReasonCode: {
    roles: ['ADMIN'],
    targeted: false,
    call: q('mutation { setReasonCode(input: { kind: DECLINE, code: "MATRIX", label: "Matrix", translations: [{ language: "de", text: "Matrix" }] }) { id } }'),
  },
  // Staff read their own list; a partner names a manufacturer it serves (without one: BAD_USER_INPUT, past authorization).
  reasonCodes: { roles: 'ANY', targeted: false, call: q('{ reasonCodes(kind: DECLINE) { code label } }') },
  setPartPrice: {
    roles: ['ADMIN'],
    targeted: false,
    call: q('mutation { setPartPrice(input: { sku: "MATRIX-1", name: "x", listPrice: { amount: "1", currency: "EUR" } }) { id } }'),
  },
  // The network's outbox: its manufacturer's admin only; another network's message answers like a missing one.
  outbox: { roles: ['ADMIN'], targeted: false, call: q('{ outbox { totalCount edges { node { id } } } }') },
  outboxMessage: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('query($id: ID!) { outboxMessage(id: $id) { id subject } }', (i) => ({ id: i.mailMessage })),
  },
  // Each user's own choices; a role that receives no mail gets an empty list, or BAD_USER_INPUT for a kind it cannot choose.
  myNotificationPreferences: { roles: 'ANY', targeted: false, call: q('{ myNotificationPreferences { kind enabled } }') },
  setNotificationPreference: {
    roles: 'ANY',
    targeted: false,
    call: q('mutation { setNotificationPreference(kind: SLA_BREACHED, enabled: true) { kind enabled } }'),
  },
  // One's own language and time zone (an empty input changes nothing, so the matrix leaves every user as it was).
  setMyPreferences: { roles: 'ANY', targeted: false, call: q('mutation { setMyPreferences(input: {}) { id locale timeZone } }') },
  // The unsubscribe link answers to its token, signed in or not.
  // Partner onboarding: the manufacturer's admin invites and decides; the link's token is public; a partner's admin joins with its firm.
  partnerInvitations: { roles: ['ADMIN'], targeted: false, call: q('{ partnerInvitations { id } }') },
  invitation: {
    roles: 'PUBLIC',
    targeted: true,
    sees: (_role, t) => t !== 'missing',
    call: q('query($t: String!) { invitation(token: $t) { manufacturerName } }', (i) => ({ t: i.invitationToken })),
  },
  invitePartner: {
    roles: ['ADMIN'],
    targeted: false,
    call: q('mutation($e: String!) { invitePartner(email: $e) { id } }', () => ({ e: `inv-${randomUUID()}@firm.test` })),
  },
  // Each call registers a new firm through a fresh invitation of the first network.
  registerByInvitation: {
    roles: 'PUBLIC',
    targeted: false,
    call: async (api, actor) =>
      api.call(
        actor,
        'mutation($t: String!) { registerByInvitation(token: $t, input: { firmName: "Matrix", kind: DEALER, country: "DE", address: "x", regions: [], adminName: "x", password: "longenough" }) { token } }',
        { t: await freshInvitationToken(api) },
      ),
  },
  // The first network's invitation to a fresh address: the first partner is a member already (CONFLICT, past authorization).
  joinByInvitation: {
    roles: ['PARTNER_ADMIN'],
    targeted: false,
    call: async (api, actor) => api.call(actor, 'mutation($t: String!) { joinByInvitation(token: $t) { id } }', { t: await freshInvitationToken(api) }),
  },
  approvePartner: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('mutation($id: ID!) { approvePartner(invitationId: $id, status: ACTIVE) { id } }', (i) => ({ id: i.invitation })),
  },
  declinePartner: {
    roles: ['ADMIN'],
    targeted: true,
    call: q('mutation($id: ID!) { declinePartner(invitationId: $id) { id } }', (i) => ({ id: i.invitation })),
  },
  unsubscribeMail: {
    roles: 'PUBLIC',
    targeted: false,
    call: async (api, actor) => {
      const expiresAt = new Date(api.server.clock.now().getTime() + 86_400_000);
      const token = await api.server.deps.links.sign({ purpose: 'mail.unsubscribe', subject: 'matrix@customer.test', userId: null, expiresAt });
      return api.call(actor, 'mutation($t: String!) { unsubscribeMail(token: $t) { address } }', { t: token });
    },
  },
  // Webhooks: an organization's admins manage its own endpoints only; the targets are the partner's, so only its admin sees "own".
  webhookEndpoints: { roles: ['ADMIN', 'PARTNER_ADMIN'], targeted: false, call: q('{ webhookEndpoints { id } }') },
  webhookDeliveries: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: ownWebhooks,
    call: q('query($e: ID!) { webhookDeliveries(endpointId: $e) { edges { node { id } } } }', (i) => ({ e: i.webhookEndpoint })),
  },
  // A private target: refused as bad input after authorization, nothing written.
  createWebhookEndpoint: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: false,
    call: q('mutation { createWebhookEndpoint(input: { url: "https://127.0.0.1/hook" }) { secret } }'),
  },
  updateWebhookEndpoint: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: ownWebhooks,
    call: q('mutation($e: ID!) { updateWebhookEndpoint(id: $e, changes: { description: "matrix" }) { id } }', (i) => ({ e: i.webhookEndpoint })),
  },
  rotateWebhookSecret: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: ownWebhooks,
    call: q('mutation($e: ID!) { rotateWebhookSecret(id: $e) { secret } }', (i) => ({ e: i.webhookEndpoint })),
  },
  replayWebhookDelivery: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: ownWebhooks,
    call: q('mutation($d: ID!) { replayWebhookDelivery(id: $d) { id } }', (i) => ({ d: i.webhookDelivery })),
  },
  replayFailedWebhookDeliveries: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: ownWebhooks,
    call: q('mutation($e: ID!) { replayFailedWebhookDeliveries(endpointId: $e, since: "2020-01-01T00:00:00Z") }', (i) => ({ e: i.webhookEndpoint })),
  },
  // Last of the webhook cells: it removes the "own" endpoint the others point at.
  deleteWebhookEndpoint: {
    roles: ['ADMIN', 'PARTNER_ADMIN'],
    targeted: true,
    sees: ownWebhooks,
    call: q('mutation($e: ID!) { deleteWebhookEndpoint(id: $e) }', (i) => ({ e: i.webhookEndpoint })),
  },
  // Warranty claims: the network's staff and the claiming partner's admins read them, never a technician; other partners' are hidden.
  claim: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($id: ID!) { claim(id: $id) { id state } }', (i) => ({ id: i.claim })),
  },
  claims: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($p: ID) { claims(partnerId: $p) { id } }', (i) => ({ p: i.partner })),
  },
  paymentBatches: {
    roles: [...STAFF, 'PARTNER_ADMIN'],
    targeted: true,
    hidden: 'EMPTY',
    call: q('query($p: ID) { paymentBatches(partnerId: $p) { id } }', (i) => ({ p: i.partner })),
  },
  updateClaim: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($c: ID!) { updateClaim(claimId: $c, lines: [{ kind: TRAVEL, unitPrice: { amount: "10.00", currency: "EUR" } }]) { id } }', (i) => ({
      c: i.claim,
    })),
  },
  submitClaim: {
    roles: ['PARTNER_ADMIN'],
    targeted: true,
    call: q('mutation($c: ID!) { submitClaim(claimId: $c) { id state } }', (i) => ({ c: i.claim })),
  },
  sendBackClaim: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($c: ID!) { sendBackClaim(claimId: $c, question: "Which serial?") { id state } }', (i) => ({ c: i.claim })),
  },
  // No decisions: past authorization, a claim not submitted is INVALID_TRANSITION and a submitted one BAD_USER_INPUT.
  reviewClaim: {
    roles: ['ADMIN', 'DISPATCHER'],
    targeted: true,
    call: q('mutation($c: ID!) { reviewClaim(claimId: $c, lines: []) { id state } }', (i) => ({ c: i.claim })),
  },
  // Nothing approved to pay: BAD_USER_INPUT past authorization, nothing written.
  createPaymentBatch: {
    roles: ['ADMIN'],
    targeted: true,
    call: q(
      'mutation($p: ID!, $from: DateTime!, $to: DateTime!) { createPaymentBatch(partnerId: $p, reference: "MATRIX", from: $from, to: $to) { id } }',
      (i) => ({ p: i.partner, ...period }),
    ),
  },
  serviceEvents: {
    roles: 'ANY',
    targeted: true,
    call: async (api, actor, ids) => {
      const feed = await EventRecorder.start(wsClient(api.server.wsUrl, actor?.token), { jobId: ids.job });
      await new Promise((resolve) => setTimeout(resolve, 150));
      feed.stop();
      const code = feed.errors
        .map((e) => JSON.stringify(e))
        .join(' ')
        .match(/"code":"([A-Z_]+)"/)?.[1];
      return { status: 200, data: code ? null : { subscribed: true }, errors: code ? [{ message: code, extensions: { code } }] : undefined };
    },
  },
};

const RECORD_FINDING = graphql(`
  mutation MatrixRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: "x", correctiveActionDueAt: $d }) { id } }
`);

const SUBMIT_REQUEST = graphql(`
  mutation MatrixServiceRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token } }
`);

const ADD_ABSENCE = graphql(`
  mutation MatrixAddAbsence($t: ID!) { addTechnicianAbsence(input: { technicianId: $t, startsAt: "2031-01-05T00:00:00Z", endsAt: "2031-01-07T00:00:00Z", kind: VACATION }) { id } }
`);

const ADD_TECHNICIAN_CERTIFICATION = graphql(`
  mutation MatrixAddTechnicianCertification($t: ID!, $l: ID!) {
    addTechnicianCertification(input: { technicianId: $t, productLineId: $l, jobTypes: [REPAIR], expiresAt: "2031-01-01T00:00:00Z" }) { id }
  }
`);

const CREATE_API_KEY = 'mutation { createApiKey(input: { name: "matrix", role: PARTNER_ADMIN }) { key { id } } }';
/**
 * A partner's endpoint and a failed delivery of it, written as the portal would have them. The
 * target cannot resolve (.invalid) and asks only for surveys, which no cell submits: a replay's attempt fails at once.
 */
/** A DRAFT claim of the job's partner with one labour line, written as a completion drafts one (the scenario's job stays open for the other cells). */
async function claimOf(jobId: string): Promise<string> {
  const em = network.server.deps.orm.em.fork();
  const [claim] = await em.execute<{ id: string }[]>(
    `insert into warranty_claim (id, number, job_id, partner_id, manufacturer_id, coverage, state, created_at, updated_at)
      select gen_random_uuid(), 'WC' || substr(number, 3), id, assigned_partner_id, manufacturer_id, coverage, 'DRAFT', now(), now() from service_job where id = ? returning id`,
    [jobId],
  );
  await em.execute(
    `insert into claim_line (id, claim_id, position, kind, description, quantity, minutes, unit_price, currency, amount)
      values (gen_random_uuid(), ?, 1, 'LABOR', 'Labour', 1, 60, 0, 'EUR', 0)`,
    [claim.id],
  );
  return claim.id;
}

async function webhookOf(partnerId: string): Promise<Pick<Ids, 'webhookEndpoint' | 'webhookDelivery'>> {
  const em = network.server.deps.orm.em.fork();
  const [endpoint] = await em.execute<{ id: string }[]>(
    `insert into webhook_endpoint (id, organization_id, url, event_kinds, secret) values (gen_random_uuid(), ?, 'https://hooks.invalid/matrix', '{SURVEY_SUBMITTED}', 'v1:x:x:x') returning id`,
    [partnerId],
  );
  const [delivery] = await em.execute<{ id: string }[]>(
    `insert into webhook_delivery (id, endpoint_id, event_seq, event_kind, payload, state, queue_job_id, failed_at)
      values (gen_random_uuid(), ?, 0, 'SURVEY_SUBMITTED', '{}', 'FAILED', gen_random_uuid(), now()) returning id`,
    [endpoint.id],
  );
  return { webhookEndpoint: endpoint.id, webhookDelivery: delivery.id };
}

const INVITE = 'mutation($e: String!) { invitePartner(email: $e) { id link } }';
const joinToken = (link: string) => link.slice(link.lastIndexOf('/') + 1);

/** A new invitation of the first network's admin, to a fresh address: its token. */
async function freshInvitationToken(api: Api): Promise<string> {
  const { invitePartner } = (await api.ok(network.net.admin, INVITE, { e: `fresh-${randomUUID()}@firm.test` })) as { invitePartner: { link: string } };
  return joinToken(invitePartner.link);
}

/** The answer token of a quote sent on a new paid job of the partner. */
async function quoted(fixture: NetworkFixture, partner: NetworkFixture['partners'][number]): Promise<string> {
  const { api } = network;
  const { job } = await api.startedJob(fixture, partner, fixture.paidSerial, { quoted: false });
  await api.sendQuote(partner.tech, job.id, [{ kind: 'LABOR', quantity: '1' }]);
  return (await api.trackedQuote(fixture, job.id))?.answerToken ?? '';
}

/**
 * A submitted claim with a PART line on a job of the partner's own, and a return asked of that line,
 * written as the services would have them (the scenario's own job is completed by the cells, which
 * drafts its claim: this one is on another job).
 */
async function returnOf(fixture: NetworkFixture, partner: NetworkFixture['partners'][number]): Promise<Pick<Ids, 'claimLine' | 'returnAuthorization'>> {
  const { job } = await network.api.assignedJob(fixture, partner);
  const em = network.server.deps.orm.em.fork();
  const [claim] = await em.execute<{ id: string }[]>(
    `insert into warranty_claim (id, number, job_id, partner_id, manufacturer_id, coverage, state, submitted_at, created_at, updated_at)
      select gen_random_uuid(), 'WC-MATRIX-' || substr(j.id::text, 1, 8), j.id, j.assigned_partner_id, j.manufacturer_id, j.coverage, 'SUBMITTED', now(), now(), now()
      from service_job j where j.id = ? returning id`,
    [job.id],
  );
  const [line] = await em.execute<{ id: string }[]>(
    `insert into claim_line (id, claim_id, position, kind, description, part_id, quantity, unit_price, currency, amount, faulty_serial, own_stock)
      select gen_random_uuid(), ?, 1, 'PART', p.name, p.id, 1, p.list_price, p.currency, p.list_price, 'FS-MATRIX', true from part p where p.sku = ? returning id`,
    [claim.id, fixture.skus[0]],
  );
  const [ra] = await em.execute<{ id: string }[]>(
    `insert into return_authorization (id, number, claim_line_id, claim_id, job_id, manufacturer_id, partner_id, state, requested_at)
      select gen_random_uuid(), 'RA-MATRIX-' || substr(c.id::text, 1, 8), ?, c.id, c.job_id, c.manufacturer_id, c.partner_id, 'REQUESTED', now()
      from warranty_claim c where c.id = ? returning id`,
    [line.id, claim.id],
  );
  // A second line, not asked back yet: what requestPartReturn is pointed at.
  const [open] = await em.execute<{ id: string }[]>(
    `insert into claim_line (id, claim_id, position, kind, description, part_id, quantity, unit_price, currency, amount, faulty_serial, own_stock)
      select gen_random_uuid(), ?, 2, 'PART', p.name, p.id, 1, p.list_price, p.currency, p.list_price, 'FS-MATRIX-2', true from part p where p.sku = ? returning id`,
    [claim.id, fixture.skus[0]],
  );
  return { claimLine: open.id, returnAuthorization: ra.id };
}

const idsFor = {} as Record<Target, Ids>;
const actors = {} as Record<RoleName, Actor>;

async function scenario(fixture: NetworkFixture, partnerIndex: number): Promise<Ids> {
  const { server, api } = network;
  const partner = fixture.partners[partnerIndex];
  const { job, offer } = await api.startedJob(fixture, partner);
  const request = (await api.requestParts(partner.tech, job.id, [{ sku: fixture.skus[0], quantity: 1 }])).data!.requestParts.id;
  const finding = (
    await api.ok(fixture.auditor, RECORD_FINDING, {
      p: partner.id,
      d: new Date(server.clock.now().getTime() + 86_400_000).toISOString(),
    })
  ).recordFinding.id;
  const [certification] = await server.deps.orm.em.fork().execute<{ id: string }[]>('select id from certification where partner_id = ?', [partner.id]);
  const serial = partnerIndex === 0 ? fixture.warrantySerial : fixture.paidSerial;
  const [{ customer_token: customerToken }] = await server.deps.orm.em
    .fork()
    .execute<{ customer_token: string }[]>('select customer_token from service_job where id = ?', [job.id]);
  const { submitServiceRequest } = await api.ok(undefined, SUBMIT_REQUEST, {
    input: { manufacturer: `maker-${fixture.suffix}`, serial: `UNKNOWN-${partnerIndex}`, contactName: 'x', contactEmail: 'x@customer.test', description: 'x' },
  });
  const [{ id: serviceRequest }] = await server.deps.orm.em
    .fork()
    .execute<{ id: string }[]>('select id from service_request where token = ?', [submitServiceRequest.token]);
  const apiKey = await api.ok(partner.admin, CREATE_API_KEY);
  const { declineUrl } = await offerLinkUrls(server.deps.links, { offerId: offer.id, userId: partner.admin.id, expiresAt: new Date(offer.expiresAt) });
  await server.deps.consumers.drain();
  const [{ id: mailMessage }] = await server.deps.orm.em
    .fork()
    .execute<{ id: string }[]>(`select id from mail_message where job_id = ? and kind = 'OFFER_MADE'`, [job.id]);
  const webhook = await webhookOf(partner.id);
  const { addTechnicianAbsence } = await api.ok(partner.admin, ADD_ABSENCE, { t: partner.tech.id });
  const { addTechnicianCertification } = await api.ok(partner.admin, ADD_TECHNICIAN_CERTIFICATION, { t: partner.tech.id, l: fixture.productLineId });
  const { invitePartner } = (await api.ok(fixture.admin, INVITE, { e: `scenario-${randomUUID()}@firm.test` })) as {
    invitePartner: { id: string; link: string };
  };
  // A quote on paid work, not of the matrix's own partner (its job would show the paid unit to the callers): "own" shares the other partner's token.
  const quoteToken = partnerIndex === 1 || fixture !== network.net ? await quoted(fixture, partner) : '';
  return {
    ...(await returnOf(fixture, partner)),
    claim: await claimOf(job.id),
    invitation: invitePartner.id,
    invitationToken: joinToken(invitePartner.link),
    quoteToken,
    technicianCertification: addTechnicianCertification.id,
    ...webhook,
    technician: partner.tech.id,
    absence: addTechnicianAbsence.id,
    job: job.id,
    offer: offer.id,
    partsRequest: request,
    partsLine: (await server.deps.orm.em.fork().execute<{ id: string }[]>('select id from parts_request_line where request_id = ?', [request]))[0].id,
    partner: partner.id,
    finding,
    productLine: fixture.productLineId,
    standard: (await server.deps.orm.em.fork().execute<{ id: string }[]>('select quality_standard_id as id from service_job where id = ?', [job.id]))[0].id,
    serial,
    certification: certification.id,
    customerToken,
    serviceRequest,
    apiKey: () => (apiKey.createApiKey as { key: { id: string } }).key.id,
    offerLink: new URL(declineUrl).pathname.split('/').at(-1)!,
    mailMessage,
  };
}

beforeAll(async () => {
  const { net, rival } = network;
  idsFor.own = await scenario(net, 0);
  // "Own" is the caller's organization's key: the first partner's, or the manufacturer's.
  const partnerKey = idsFor.own.apiKey(undefined);
  const { createApiKey: staffKey } = await network.api.ok(net.admin, 'mutation { createApiKey(input: { name: "matrix", role: AUDITOR }) { key { id } } }');
  idsFor.own.apiKey = (orgId) => (orgId === net.manufacturerId ? (staffKey as { key: { id: string } }).key.id : partnerKey);
  idsFor.otherPartner = await scenario(net, 1);
  idsFor.own.quoteToken = idsFor.otherPartner.quoteToken;
  idsFor.otherManufacturer = await scenario(rival, 0);
  const missing = randomUUID();
  idsFor.missing = {
    job: missing,
    offer: missing,
    partsRequest: missing,
    partsLine: missing,
    partner: missing,
    finding: missing,
    productLine: missing,
    standard: missing,
    serial: 'NO-SUCH-SERIAL',
    certification: missing,
    customerToken: 'no-such-token',
    serviceRequest: missing,
    apiKey: () => missing,
    offerLink: 'no-such-token',
    mailMessage: missing,
    webhookEndpoint: missing,
    webhookDelivery: missing,
    technician: missing,
    absence: missing,
    technicianCertification: missing,
    claimLine: missing,
    returnAuthorization: missing,
    claim: missing,
    invitation: missing,
    invitationToken: 'no-such-token',
    quoteToken: 'no-such-token',
  };
  Object.assign(actors, {
    ADMIN: net.admin,
    DISPATCHER: net.dispatcher,
    PARTS_CLERK: net.partsClerk,
    AUDITOR: net.auditor,
    PARTNER_ADMIN: net.partners[0].admin,
    TECHNICIAN: net.partners[0].tech,
  });
}, 120_000);

function classify(result: Result): string {
  const code = errorCode(result);
  if (code) return code;
  const value = result.data ? Object.values(result.data)[0] : null;
  const empty =
    value === null ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && 'edges' in value && (value as { edges: unknown[] }).edges.length === 0);
  return empty ? 'EMPTY' : 'DATA';
}

describe('the authorization matrix', () => {
  it('has an expectation for every query, mutation and subscription of the schema', async () => {
    const schema = await getSchema();
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(fields.sort()).toEqual(Object.keys(SPECS).sort());
  });

  it('shows that each denied target exists (positive control)', async () => {
    const { api, net, rival } = network;
    for (const target of ['own', 'otherPartner'] as const) expect(classify(await SPECS.job.call(api, net.dispatcher, idsFor[target]))).toBe('DATA');
    expect(classify(await SPECS.job.call(api, rival.dispatcher, idsFor.otherManufacturer))).toBe('DATA');
  });

  for (const [name, spec] of Object.entries(SPECS)) {
    it(`${name}: every role × target gets exactly its expected outcome`, async () => {
      const { api } = network;
      const cells: { role: string; target: string; expected: string; got: string }[] = [];
      // Without a token only the public operations answer.
      const anonymous = classify(await spec.call(api, undefined, idsFor.own));
      cells.push({
        role: 'ANONYMOUS',
        target: '-',
        expected: spec.roles === 'PUBLIC' ? 'not UNAUTHENTICATED' : 'UNAUTHENTICATED',
        got: spec.roles === 'PUBLIC' && anonymous !== 'UNAUTHENTICATED' ? 'not UNAUTHENTICATED' : anonymous,
      });
      for (const role of ROLES) {
        const allowed = spec.roles === 'ANY' || spec.roles === 'PUBLIC' || spec.roles.includes(role);
        for (const target of spec.targeted ? TARGETS : (['own'] as Target[])) {
          // Cells that would change the shared scenario are judged on a copy of "own" made for them.
          const got = classify(await spec.call(api, actors[role], idsFor[target]));
          let expected: string;
          if (!allowed) expected = 'FORBIDDEN';
          else if (!spec.targeted || (spec.sees ?? defaultSees)(role, target) || (role === 'TECHNICIAN' && target === 'own')) expected = 'ALLOWED';
          else expected = spec.hidden ?? 'NOT_FOUND';
          const verdict =
            expected === 'ALLOWED' ? (['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'].includes(got) ? got : 'ALLOWED') : got;
          cells.push({ role, target, expected, got: verdict });
        }
      }
      expect(cells.filter((c) => c.expected !== c.got)).toEqual([]);
    });
  }
});

/** Beyond the schema's root fields: the upload route and a job's attachments, by the same cells. */
describe('the authorization matrix of uploads and attachments', () => {
  let photo: Buffer;
  /** The shared scenario's own job has been completed and closed by the cells above: an open one of the same parties. */
  let openJob: string;
  const jobOf = (target: Target) => (target === 'own' ? openJob : idsFor[target].job);
  beforeAll(async () => {
    photo = await photoJpeg({ width: 16, height: 16 });
    // The cells above revoked the partner's certification and suspended nothing else: certified again, it may take a job.
    const { api, net, server } = network;
    const expiresAt = new Date(server.clock.now().getTime() + 365 * 86_400_000).toISOString();
    await api.ok(
      net.admin,
      'mutation($p: ID!, $l: ID!, $e: DateTime!) { grantCertification(input: { partnerId: $p, productLineId: $l, jobTypes: [REPAIR], expiresAt: $e }) { id } }',
      {
        p: net.partners[0].id,
        l: net.productLineId,
        e: expiresAt,
      },
    );
    openJob = (await api.startedJob(net)).job.id;
  });

  it('POST /uploads: only whoever works the job; staff who see it are FORBIDDEN; foreign and missing jobs are NOT_FOUND', async () => {
    const { api } = network;
    const outcome = async (actor: Actor | undefined, target: Target) => {
      const { status, body } = await api.upload(actor, jobOf(target), 'PHOTO', photo);
      return status === 201 ? 'ALLOWED' : `${status} ${body.errors?.[0]?.extensions?.code}`;
    };
    const cells = [{ role: 'ANONYMOUS', target: 'own', expected: '401 UNAUTHENTICATED', got: await outcome(undefined, 'own') }];
    for (const role of ROLES) {
      for (const target of TARGETS) {
        const sees = defaultSees(role, target);
        const expected = FIELD.includes(role) && target === 'own' ? 'ALLOWED' : sees ? '403 FORBIDDEN' : '404 NOT_FOUND';
        cells.push({ role, target, expected, got: await outcome(actors[role], target) });
      }
    }
    expect(cells.filter((c) => c.expected !== c.got)).toEqual([]);
  });

  it("POST /uploads of a certificate (no job): a firm's admin only, as its organization's file", async () => {
    const { api } = network;
    const outcome = async (actor: Actor | undefined) => {
      const { status, body } = await api.upload(actor, '', 'CERTIFICATE', photo);
      return status === 201 ? 'ALLOWED' : `${status} ${body.errors?.[0]?.extensions?.code}`;
    };
    const cells = [{ role: 'ANONYMOUS', expected: '401 UNAUTHENTICATED', got: await outcome(undefined) }];
    for (const role of ROLES) cells.push({ role, expected: role === 'PARTNER_ADMIN' ? 'ALLOWED' : '403 FORBIDDEN', got: await outcome(actors[role]) });
    expect(cells.filter((c) => c.expected !== c.got)).toEqual([]);
  });

  it('ServiceJob.attachments and their signed URLs: whoever sees the job, nobody else', async () => {
    const { api, server } = network;
    const { status } = await api.upload(actors.TECHNICIAN, openJob, 'PHOTO', photo);
    expect(status).toBe(201);
    const read = async (actor: Actor | undefined, target: Target) => {
      const result = await api.call(actor, 'query($id: ID!) { job(id: $id) { attachments { id url thumbnailUrl } } }', { id: jobOf(target) });
      const code = errorCode(result);
      if (code) return { got: code, urls: [] as string[] };
      const job = result.data?.job as { attachments: { url: string; thumbnailUrl: string }[] } | null;
      return { got: job === null ? 'EMPTY' : 'ALLOWED', urls: job?.attachments.flatMap((a) => [a.url, a.thumbnailUrl]) ?? [] };
    };
    const cells = [{ role: 'ANONYMOUS', target: 'own', expected: 'UNAUTHENTICATED', got: (await read(undefined, 'own')).got }];
    for (const role of ROLES) {
      for (const target of TARGETS) {
        const { got, urls } = await read(actors[role], target);
        const expected = (STAFF.includes(role) && target === 'otherPartner') || target === 'own' ? 'ALLOWED' : 'EMPTY';
        // The URL itself is the capability: it opens without a token (an <img> sends none).
        for (const url of urls) expect((await fetch(`${server.url}${url}`)).status).toBe(200);
        cells.push({ role, target, expected, got });
      }
    }
    expect(cells.filter((c) => c.expected !== c.got)).toEqual([]);
  });
});

/**
 * A customer's own staff (CUSTOMER_STAFF) is a partner like any other to the policy: its users hold
 * the partner roles, held to their organization. No target of the scenario is theirs (the
 * scenario's jobs, offers, technicians belong to ordinary partners), so every operation a partner
 * role may call denies them each target exactly as a missing id, and they list no jobs.
 */
describe("the authorization matrix of a customer's own staff", () => {
  const staffActors = {} as Record<'PARTNER_ADMIN' | 'TECHNICIAN', Actor>;
  beforeAll(async () => {
    const { api, net, server } = network;
    const [{ id: customerId }] = await server.deps.orm.em
      .fork()
      .execute<{ id: string }[]>('select customer_id as id from equipment_unit where serial = ?', [net.warrantySerial]);
    const slug = `own-staff-${net.suffix}`;
    const created = await api.ok(net.admin, 'mutation($i: PartnerInput!) { createPartner(input: $i) { id } }', {
      i: { slug, name: `Own staff ${net.suffix}`, kind: 'CUSTOMER_STAFF', customerId, regions: [net.region], capacity: 3 },
    });
    const orgId = (created.createPartner as { id: string }).id;
    for (const role of ['PARTNER_ADMIN', 'TECHNICIAN'] as const) {
      const email = `${role.toLowerCase()}@${slug}.test`;
      const user = await api.ok(net.admin, 'mutation($i: UserInput!) { createUser(input: $i) { id } }', {
        i: { email, name: role, role, organizationId: orgId, password: 'password-1' },
      });
      const id = (user.createUser as { id: string }).id;
      staffActors[role] = { id, email, orgId, token: await server.deps.tokens.issue({ userId: id, orgId, role: Role[role] }) };
    }
  });

  it('lists no jobs of the network for its users', async () => {
    for (const actor of Object.values(staffActors)) expect(classify(await network.api.call(actor, '{ jobs { edges { node { id } } } }'))).toBe('EMPTY');
  });

  for (const [name, spec] of Object.entries(SPECS)) {
    if (!spec.targeted || !Array.isArray(spec.roles) || !FIELD.some((role) => (spec.roles as RoleName[]).includes(role))) continue;
    it(`${name}: its users are denied every target that is not theirs`, async () => {
      const cells: { role: string; target: string; expected: string; got: string }[] = [];
      for (const role of FIELD) {
        const allowed = (spec.roles as RoleName[]).includes(role);
        for (const target of TARGETS) {
          const got = classify(await spec.call(network.api, staffActors[role as 'PARTNER_ADMIN' | 'TECHNICIAN'], idsFor[target]));
          const seen = target !== 'own' && (spec.sees ?? defaultSees)(role, target);
          const expected = !allowed ? 'FORBIDDEN' : seen ? 'ALLOWED' : (spec.hidden ?? 'NOT_FOUND');
          cells.push({ role, target, expected, got: expected === 'ALLOWED' && !['FORBIDDEN', 'NOT_FOUND'].includes(got) ? 'ALLOWED' : got });
        }
      }
      expect(cells.filter((c) => c.expected !== c.got)).toEqual([]);
    });
  }
});
