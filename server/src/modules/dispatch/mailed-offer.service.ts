import type { EntityManager } from '@mikro-orm/postgresql';
import { acceptOffer, declineOffer } from './dispatch.service.js';
import { OfferStatus } from './offer.enums.js';
import { OFFER_LINK_PURPOSES, OfferLinkAction, OfferLinkBlock, actionOf } from './offer-links.js';
import { Capability, mayOnJob } from '../access/policy.js';
import type { JobType } from '../job/job.enums.js';
import { AppError, ErrorCode, badInput, forbidden } from '../../shared/errors.js';
import type { Clock } from '../../shared/clock.js';
import type { MessageLink, MessageLinks } from '../../shared/message-links.js';
import type { Role } from '../../shared/roles.js';
import { isUuid } from '../../shared/scope.js';
import type { Viewer } from '../../shared/viewer.js';

/** What an offer link's page shows: the offer as mailed, what the link does, and whether it still can. */
export interface MailedOffer {
  action: OfferLinkAction;
  offerId: string;
  jobId: string;
  jobNumber: string;
  jobType: JobType;
  productLine: string;
  model: string;
  siteCity: string | null;
  region: string;
  description: string;
  priority: number;
  partnerName: string;
  status: OfferStatus;
  expiresAt: Date;
  usable: boolean;
  blockedBy: OfferLinkBlock | null;
}

/** A JWT of ours is a few hundred characters; anything far longer is not one. */
const TOKEN_MAX = 2048;

/**
 * The link's offer with what the page shows, whether this link was used, and the recipient as they
 * are now (role and organization: the policy decides whether they may still answer), in one statement.
 */
const OFFER_SQL = `
  select o.id, o.job_id, o.status, o.expires_at, o.partner_id, p.name as partner_name,
    j.number, j.type, j.priority, j.description, j.manufacturer_id, u.site_address, u.region, m.name as model, l.name as product_line,
    exists (select 1 from job_offer w where w.job_id = o.job_id and w.status = '${OfferStatus.ACCEPTED}' and w.partner_id <> o.partner_id) as taken,
    exists (select 1 from offer_link_use x where x.link_id = ?) as used,
    r.role as recipient_role, r.organization_id as recipient_org
  from job_offer o
  join organization p on p.id = o.partner_id
  join service_job j on j.id = o.job_id
  join equipment_unit u on u.id = j.equipment_id
  join product_model m on m.id = u.model_id
  join product_line l on l.id = coalesce(j.component_line_id, m.product_line_id)
  left join app_user r on r.id = ?
  where o.id = ?`;

interface OfferRow {
  id: string;
  job_id: string;
  status: OfferStatus;
  expires_at: Date | string;
  partner_id: string;
  partner_name: string;
  number: string;
  type: JobType;
  priority: number;
  description: string;
  manufacturer_id: string;
  site_address: string;
  region: string;
  model: string;
  product_line: string;
  taken: boolean;
  used: boolean;
  recipient_role: Role | null;
  recipient_org: string | null;
}

/** What the link's page shows. Reading changes nothing: a mail scanner that opens the link answers nothing. */
export async function readMailedOffer(em: EntityManager, links: MessageLinks, clock: Clock, token: string): Promise<MailedOffer> {
  const link = await verifiedLink(links, token);
  const row = await readOffer(em, link);
  recipientOf(row, link);
  return toView(row, link, clock.now());
}

/**
 * Presses the link's button: exactly `acceptOffer` / `declineOffer` (same rules, events and errors)
 * as the user the mail went to, who must still be one who may answer the partner's offers. The link
 * is spent in the same transaction: of two concurrent presses, the second waits on the first's
 * row and finds the link used; an answer that fails leaves it unspent.
 */
export async function answerMailedOffer(
  em: EntityManager,
  links: MessageLinks,
  clock: Clock,
  token: string,
  reason: string | null | undefined,
): Promise<MailedOffer> {
  const link = await verifiedLink(links, token);
  const action = actionOf(link.purpose);
  const why = reason?.trim() ?? '';
  if (action === OfferLinkAction.DECLINE && !why) throw badInput('reason must not be empty: say why you decline', { field: 'reason' });
  const before = await readOffer(em, link);
  if (before.used) throw alreadyUsed();
  const viewer = recipientOf(before, link);
  await em.transactional(async (tx) => {
    const spent = await tx.execute<{ link_id: string }[]>(
      'insert into offer_link_use (link_id, offer_id, user_id, action, used_at) values (?, ?, ?, ?, ?) on conflict (link_id) do nothing returning link_id',
      [link.id, before.id, viewer.userId, action, clock.now()],
    );
    if (spent.length === 0) throw alreadyUsed();
    const scope = { em: tx, viewer, clock };
    if (action === OfferLinkAction.ACCEPT) await acceptOffer(scope, before.id);
    else await declineOffer(scope, before.id, why);
  });
  return toView(await readOffer(em, link), link, clock.now());
}

/** The link, or NOT_FOUND for a forged, altered or foreign token; an expired one is the offer's expiry (OFFER_CLOSED, as acceptOffer says it). */
async function verifiedLink(links: MessageLinks, token: string): Promise<MessageLink> {
  const { link, expired } = token.length <= TOKEN_MAX ? await links.verify(token, OFFER_LINK_PURPOSES) : { link: null, expired: false };
  if (expired) throw new AppError(ErrorCode.OFFER_CLOSED, 'This offer is closed: it expired', { status: OfferStatus.EXPIRED, reason: OfferLinkBlock.EXPIRED });
  if (!link || !isUuid(link.subject) || !link.userId || !isUuid(link.userId)) throw invalidLink();
  return link;
}

async function readOffer(em: EntityManager, link: MessageLink): Promise<OfferRow> {
  const [row] = await em.execute<OfferRow[]>(OFFER_SQL, [link.id, link.userId, link.subject]);
  if (!row) throw invalidLink();
  return row;
}

/** The user the mail went to, as a viewer; FORBIDDEN when the policy no longer lets them answer this partner's offers. */
function recipientOf(row: OfferRow, link: MessageLink): Viewer {
  const viewer = row.recipient_role && row.recipient_org ? { userId: link.userId!, orgId: row.recipient_org, role: row.recipient_role } : null;
  if (!viewer || !mayOnJob(viewer, Capability.OFFER_ANSWER, { manufacturer: { id: row.manufacturer_id } }, row.partner_id === viewer.orgId)) {
    throw forbidden(`This link was sent to someone who may no longer answer ${row.partner_name}'s offers: sign in to the portal instead`);
  }
  return viewer;
}

function toView(row: OfferRow, link: MessageLink, now: Date): MailedOffer {
  const expiresAt = new Date(row.expires_at);
  const blockedBy = blockOf(row, expiresAt, now);
  return {
    action: actionOf(link.purpose),
    offerId: row.id,
    jobId: row.job_id,
    jobNumber: row.number,
    jobType: row.type,
    productLine: row.product_line,
    model: row.model,
    siteCity: townOf(row.site_address),
    region: row.region,
    description: row.description,
    priority: row.priority,
    partnerName: row.partner_name,
    status: row.status,
    expiresAt,
    usable: blockedBy === null,
    blockedBy,
  };
}

/** The town an address ends with ("Bahnhofstrasse 12, Basel"), or null: the street stays out of a link anyone holding it may open. */
function townOf(address: string): string | null {
  const parts = address.split(',');
  return parts.length > 1 ? parts.at(-1)!.trim() || null : null;
}

function blockOf(row: OfferRow, expiresAt: Date, now: Date): OfferLinkBlock | null {
  if (row.used) return OfferLinkBlock.ALREADY_USED;
  switch (row.status) {
    case OfferStatus.ACCEPTED:
    case OfferStatus.DECLINED:
      return OfferLinkBlock.ANSWERED;
    case OfferStatus.WITHDRAWN:
      return row.taken ? OfferLinkBlock.TAKEN : OfferLinkBlock.WITHDRAWN;
    case OfferStatus.EXPIRED:
      return OfferLinkBlock.EXPIRED;
    case OfferStatus.PENDING:
      return expiresAt <= now ? OfferLinkBlock.EXPIRED : null;
  }
}

const invalidLink = () => new AppError(ErrorCode.NOT_FOUND, 'This offer link is not valid: it may have been altered or cut short');
const alreadyUsed = () =>
  new AppError(ErrorCode.CONFLICT, 'This link has already been used: each link answers its offer once', { reason: OfferLinkBlock.ALREADY_USED });
