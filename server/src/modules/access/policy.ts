import { Role } from '../../shared/roles.js';
import type { Viewer } from '../../shared/viewer.js';
import { forbidden } from '../../shared/errors.js';

/**
 * The access policy: who may do what (capabilities, each held by some roles) and who sees what
 * (each role's reach). Resolvers (`@Authorized(Capability.X)`), services, the visibility filters
 * (visibility.ts), event audiences (audience.ts) and the portal's `viewerCan` all read it here.
 */

/** What a viewer sees: the manufacturer's whole network, its own organization's part of it, or the jobs assigned to them. */
export enum Reach {
  NETWORK = 'NETWORK',
  ORGANIZATION = 'ORGANIZATION',
  ASSIGNED = 'ASSIGNED',
}

export const ROLE_REACH: Readonly<Record<Role, Reach>> = {
  [Role.ADMIN]: Reach.NETWORK,
  [Role.DISPATCHER]: Reach.NETWORK,
  [Role.PARTS_CLERK]: Reach.NETWORK,
  [Role.AUDITOR]: Reach.NETWORK,
  [Role.PARTNER_ADMIN]: Reach.ORGANIZATION,
  [Role.TECHNICIAN]: Reach.ASSIGNED,
};

/** Named things a role may do. Reading lists and single things needs no capability: the reach decides what comes back. */
export enum Capability {
  JOB_CREATE = 'JOB_CREATE',
  /** Rank candidates, offer, broadcast, dispatch automatically. */
  JOB_DISPATCH = 'JOB_DISPATCH',
  JOB_SPLIT = 'JOB_SPLIT',
  JOB_CLOSE = 'JOB_CLOSE',
  JOB_REOPEN = 'JOB_REOPEN',
  JOB_CANCEL = 'JOB_CANCEL',
  /** Accept or decline an offer made to one's organization. */
  OFFER_ANSWER = 'OFFER_ANSWER',
  JOB_SCHEDULE = 'JOB_SCHEDULE',
  /** Send another member of the organization on the visit. */
  TECHNICIAN_ASSIGN = 'TECHNICIAN_ASSIGN',
  /** Start and complete the work. */
  JOB_WORK = 'JOB_WORK',
  PARTS_REQUEST = 'PARTS_REQUEST',
  PARTS_RECEIVE = 'PARTS_RECEIVE',
  PARTS_DECIDE = 'PARTS_DECIDE',
  PARTS_SHIP = 'PARTS_SHIP',
  LOANER_RETURN = 'LOANER_RETURN',
  /** Send the customer a quote for paid work on a job one works (the partner's admin or the technician on it). */
  QUOTE_SEND = 'QUOTE_SEND',
  SCORECARD_READ = 'SCORECARD_READ',
  SCORECARD_POLICY_READ = 'SCORECARD_POLICY_READ',
  SCORECARD_POLICY_SET = 'SCORECARD_POLICY_SET',
  PARTNER_STATUS_EVALUATE = 'PARTNER_STATUS_EVALUATE',
  FINDING_READ = 'FINDING_READ',
  FINDING_RECORD = 'FINDING_RECORD',
  /** Acknowledge a finding and report the corrective action. */
  FINDING_ANSWER = 'FINDING_ANSWER',
  STATEMENT_READ = 'STATEMENT_READ',
  ANALYSIS_READ = 'ANALYSIS_READ',
  /** The partners of the network and the product lines. */
  NETWORK_READ = 'NETWORK_READ',
  /** Partners, certifications, users. */
  NETWORK_ADMIN = 'NETWORK_ADMIN',
  /** Product lines, models, standards, prices. */
  CATALOG_ADMIN = 'CATALOG_ADMIN',
  /** The customer's link of a job (tracking, and the survey once closed). */
  SURVEY_LINK_READ = 'SURVEY_LINK_READ',
  /** The customers' service requests: read them, mark them handled, open a job from one. */
  SERVICE_REQUEST_TRIAGE = 'SERVICE_REQUEST_TRIAGE',
  /** The organization's integrations: webhook endpoints, their deliveries and replays, API keys. */
  INTEGRATIONS_MANAGE = 'INTEGRATIONS_MANAGE',
  /** The network's outgoing mail (the Outbox screen). */
  OUTBOX_READ = 'OUTBOX_READ',
  /** An organization's business calendar: the manufacturer's admin its own and its partners', a partner's admin its own. */
  BUSINESS_CALENDAR_SET = 'BUSINESS_CALENDAR_SET',
  /** The technicians' working hours, absences and appointments: a partner's admin its organization's, a technician their own. Never a manufacturer's staff. */
  TECHNICIAN_TIME_READ = 'TECHNICIAN_TIME_READ',
  /** Set a technician's working hours, add and remove their absences (within one's own organization). */
  TECHNICIAN_TIME_SET = 'TECHNICIAN_TIME_SET',
  /** Add and remove the certifications of the organization's technicians (read with TECHNICIAN_TIME_READ). */
  TECHNICIAN_CERTIFICATION_SET = 'TECHNICIAN_CERTIFICATION_SET',
  /** The manufacturer's texts for readers in other languages: a standard's instructions and translations, the reason codes and their labels. */
  TRANSLATIONS_EDIT = 'TRANSLATIONS_EDIT',
  /** Warranty and contract claims and payment batches: the network's staff those of their network, a partner's admin its own; never a technician. */
  CLAIM_READ = 'CLAIM_READ',
  /** Edit a claim's lines, submit it, answer a send-back (the claiming partner's admin). */
  CLAIM_SUBMIT = 'CLAIM_SUBMIT',
  /** Decide on a submitted claim line by line, or send it back with a question. */
  CLAIM_REVIEW = 'CLAIM_REVIEW',
  /** Pay a partner's approved claims of a period in one batch. */
  PAYMENT_CREATE = 'PAYMENT_CREATE',
  /** Invite firms into the network by a mailed link, and approve or decline those that registered. */
  PARTNER_ONBOARD = 'PARTNER_ONBOARD',
  /** Join another manufacturer's network with one's own organization, through its invitation. */
  NETWORK_JOIN = 'NETWORK_JOIN',
  /** Add the organization's own people (its technicians, further admins). */
  TEAM_MANAGE = 'TEAM_MANAGE',
  /** Return authorizations of replaced warranty parts: the network's for its staff, a partner's own for its admins. */
  RETURN_READ = 'RETURN_READ',
  /** Ask for a part of a claim line back. */
  RETURN_REQUEST = 'RETURN_REQUEST',
  /** Ship a requested part back with its tracking code (the claiming partner). */
  RETURN_SHIP = 'RETURN_SHIP',
  /** Record a returned part's arrival, and inspect it. */
  RETURN_RECEIVE = 'RETURN_RECEIVE',
  RETURN_INSPECT = 'RETURN_INSPECT',
}

const { ADMIN, DISPATCHER, PARTS_CLERK, AUDITOR, PARTNER_ADMIN, TECHNICIAN } = Role;
const STAFF = [ADMIN, DISPATCHER, PARTS_CLERK, AUDITOR];
const FIELD = [PARTNER_ADMIN, TECHNICIAN];

/** The one table: each capability and the roles that hold it. */
export const CAPABILITY_ROLES: Readonly<Record<Capability, readonly Role[]>> = {
  [Capability.JOB_CREATE]: [ADMIN, DISPATCHER],
  [Capability.JOB_DISPATCH]: [ADMIN, DISPATCHER],
  [Capability.JOB_SPLIT]: [ADMIN, DISPATCHER],
  [Capability.JOB_CLOSE]: [ADMIN, DISPATCHER],
  [Capability.JOB_REOPEN]: [ADMIN, DISPATCHER],
  [Capability.JOB_CANCEL]: [ADMIN, DISPATCHER],
  [Capability.OFFER_ANSWER]: [PARTNER_ADMIN],
  [Capability.JOB_SCHEDULE]: FIELD,
  [Capability.TECHNICIAN_ASSIGN]: [PARTNER_ADMIN],
  [Capability.JOB_WORK]: FIELD,
  [Capability.PARTS_REQUEST]: FIELD,
  [Capability.PARTS_RECEIVE]: FIELD,
  [Capability.PARTS_DECIDE]: [ADMIN, PARTS_CLERK],
  [Capability.PARTS_SHIP]: [ADMIN, PARTS_CLERK],
  [Capability.LOANER_RETURN]: FIELD,
  [Capability.QUOTE_SEND]: FIELD,
  [Capability.SCORECARD_READ]: [...STAFF, PARTNER_ADMIN],
  [Capability.SCORECARD_POLICY_READ]: STAFF,
  [Capability.SCORECARD_POLICY_SET]: [ADMIN],
  [Capability.PARTNER_STATUS_EVALUATE]: [ADMIN, AUDITOR],
  [Capability.FINDING_READ]: [...STAFF, PARTNER_ADMIN],
  [Capability.FINDING_RECORD]: [ADMIN, AUDITOR],
  [Capability.FINDING_ANSWER]: [PARTNER_ADMIN],
  [Capability.STATEMENT_READ]: [ADMIN, AUDITOR, PARTNER_ADMIN],
  [Capability.ANALYSIS_READ]: STAFF,
  [Capability.NETWORK_READ]: STAFF,
  [Capability.NETWORK_ADMIN]: [ADMIN],
  [Capability.CATALOG_ADMIN]: [ADMIN],
  [Capability.SURVEY_LINK_READ]: STAFF,
  [Capability.SERVICE_REQUEST_TRIAGE]: [ADMIN, DISPATCHER],
  [Capability.INTEGRATIONS_MANAGE]: [ADMIN, PARTNER_ADMIN],
  [Capability.OUTBOX_READ]: [ADMIN],
  [Capability.BUSINESS_CALENDAR_SET]: [ADMIN, PARTNER_ADMIN],
  [Capability.TECHNICIAN_TIME_READ]: FIELD,
  [Capability.TECHNICIAN_TIME_SET]: [PARTNER_ADMIN],
  [Capability.TECHNICIAN_CERTIFICATION_SET]: [PARTNER_ADMIN],
  [Capability.TRANSLATIONS_EDIT]: [ADMIN],
  [Capability.CLAIM_READ]: [...STAFF, PARTNER_ADMIN],
  [Capability.CLAIM_SUBMIT]: [PARTNER_ADMIN],
  [Capability.CLAIM_REVIEW]: [ADMIN, DISPATCHER],
  [Capability.PAYMENT_CREATE]: [ADMIN],
  [Capability.PARTNER_ONBOARD]: [ADMIN],
  [Capability.NETWORK_JOIN]: [PARTNER_ADMIN],
  [Capability.TEAM_MANAGE]: [PARTNER_ADMIN],
  [Capability.RETURN_READ]: [...STAFF, PARTNER_ADMIN],
  [Capability.RETURN_REQUEST]: [ADMIN, DISPATCHER, PARTS_CLERK],
  [Capability.RETURN_SHIP]: [PARTNER_ADMIN],
  [Capability.RETURN_RECEIVE]: [ADMIN, PARTS_CLERK],
  [Capability.RETURN_INSPECT]: [ADMIN, PARTS_CLERK],
};

export const reachOf = (viewer: Pick<Viewer, 'role'>): Reach => ROLE_REACH[viewer.role];
/** Manufacturer staff: they see their network. */
export const seesNetwork = (viewer: Pick<Viewer, 'role'>): boolean => reachOf(viewer) === Reach.NETWORK;
/** A role of the manufacturer's staff (the rest belong to partners). */
export const isStaffRole = (role: Role): boolean => ROLE_REACH[role] === Reach.NETWORK;

export const can = (viewer: Pick<Viewer, 'role'>, capability: Capability): boolean => CAPABILITY_ROLES[capability].includes(viewer.role);

/** The capabilities of a role, in the table's order. */
export const capabilitiesOf = (role: Role): Capability[] => (Object.keys(CAPABILITY_ROLES) as Capability[]).filter((c) => CAPABILITY_ROLES[c].includes(role));

/** What the policy needs to know of a job: whose it is, who holds it, who goes. */
export interface JobParties {
  manufacturer: { id: string };
  assignedPartner?: { id: string } | null;
  technician?: { id: string } | null;
}

/**
 * How a capability on a job binds to the job: the manufacturer's staff act on their network's
 * jobs; the work is done by the holding partner (its admin, or the technician assigned, by reach);
 * an offer is answered by the partner it was made to.
 */
type Party = 'manufacturer' | 'worker' | 'offeree';
const JOB_PARTY = {
  [Capability.JOB_DISPATCH]: 'manufacturer',
  [Capability.JOB_SPLIT]: 'manufacturer',
  [Capability.JOB_CLOSE]: 'manufacturer',
  [Capability.JOB_REOPEN]: 'manufacturer',
  [Capability.JOB_CANCEL]: 'manufacturer',
  [Capability.PARTS_DECIDE]: 'manufacturer',
  [Capability.PARTS_SHIP]: 'manufacturer',
  [Capability.OFFER_ANSWER]: 'offeree',
  [Capability.JOB_SCHEDULE]: 'worker',
  [Capability.TECHNICIAN_ASSIGN]: 'worker',
  [Capability.JOB_WORK]: 'worker',
  [Capability.PARTS_REQUEST]: 'worker',
  [Capability.PARTS_RECEIVE]: 'worker',
  [Capability.LOANER_RETURN]: 'worker',
  [Capability.QUOTE_SEND]: 'worker',
} as const satisfies Partial<Record<Capability, Party>>;
export type JobCapability = keyof typeof JOB_PARTY;

/** Whether the viewer is the party `capability` needs on this job (`offeree`: whether its organization holds an open offer for it). */
function isParty(viewer: Viewer, party: Party, job: JobParties, offeree: boolean): boolean {
  const reach = reachOf(viewer);
  if (party === 'manufacturer') return reach === Reach.NETWORK && job.manufacturer.id === viewer.orgId;
  if (party === 'offeree') return reach === Reach.ORGANIZATION && offeree;
  if (reach === Reach.ORGANIZATION) return job.assignedPartner?.id === viewer.orgId;
  return reach === Reach.ASSIGNED && job.technician?.id === viewer.userId;
}

export function mayOnJob(viewer: Viewer, capability: JobCapability, job: JobParties, offeree = false): boolean {
  return can(viewer, capability) && isParty(viewer, JOB_PARTY[capability], job, offeree);
}

const WHO: Record<Party, string> = {
  manufacturer: "Only the manufacturer's staff whose role allows it may do this",
  worker: 'Only the partner holding this job may work it',
  offeree: 'Only the partner this offer was made to may answer it',
};

/** FORBIDDEN unless the viewer holds the capability and stands to the job as it needs. */
export function assertMayOnJob(viewer: Viewer, capability: JobCapability, job: JobParties, offeree = false): void {
  if (!mayOnJob(viewer, capability, job, offeree)) throw forbidden(WHO[JOB_PARTY[capability]]);
}
