import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerInvitation } from './partner-invitation.entity.js';
import { InvitationState } from './onboarding.enums.js';
import { invitationIdOf } from './invitation-links.js';
import { openInvitation } from './invitation-access.js';
import { INVITABLE_KINDS, assertInvitableKind } from './onboarding.service.js';
import { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { User } from '../network/user.entity.js';
import { Role, type OrgKind } from '../network/network.enums.js';
import { changeState, type Change } from '../events/change.js';
import { EventKind } from '../events/event.enums.js';
import { hashPassword } from '../../shared/passwords.js';
import { AppError, ErrorCode, badInput, forbidden } from '../../shared/errors.js';
import { isLanguage } from '../../shared/languages.js';
import type { Clock } from '../../shared/clock.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { TokenService } from '../../shared/tokens.js';
import type { Scope } from '../../shared/scope.js';

/** A new firm as it registers through its invitation, with its first admin (who signs in with the invited address). */
export interface RegistrationData {
  firmName: string;
  kind: OrgKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  address: string;
  regions: string[];
  adminName: string;
  password: string;
  locale?: string | null;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * A new firm registers through its link: the organization (no status until approved), its admin
 * (the invited address, the password hashed with argon2id), and a membership of the inviting
 * network that is pending, so it is offered no job until the manufacturer approves it. The link is
 * spent in the same transaction (the invitation becomes REGISTERED). The admin is signed in.
 * An address that already has an account joins with its firm instead (CONFLICT, reason FIRM_KNOWN).
 */
export async function registerByInvitation(
  em: EntityManager,
  deps: { links: MessageLinks; tokens: TokenService; clock: Clock },
  token: string,
  input: RegistrationData,
): Promise<{ token: string; user: User }> {
  assertInvitableKind(input.kind);
  const country = input.country.trim().toUpperCase();
  if (!COUNTRY.test(country)) throw badInput('country: a two-letter ISO code such as DE', { field: 'country' });
  if (input.locale && !isLanguage(input.locale)) throw badInput('locale: one of the portal languages (en, de, da, nl, ru, ms, sq)', { field: 'locale' });
  const id = await invitationIdOf(deps.links, token);
  const passwordHash = await hashPassword(input.password);
  const user = await changeState(em, { at: deps.clock.now(), actorId: null }, async (tx, change) => {
    const invitation = await openInvitation(tx, id, change.at);
    if ((await tx.count(User, { email: invitation.email })) > 0) {
      throw new AppError(ErrorCode.CONFLICT, 'This address already has an account: sign in and join with your firm', { reason: 'FIRM_KNOWN' });
    }
    const manufacturer = invitation.manufacturer;
    const partner = tx.create(Organization, {
      slug: await freeSlug(tx, input.firmName),
      name: input.firmName.trim(),
      kind: input.kind,
      status: null,
      regions: [...new Set(input.regions)],
      capacity: 0,
      currency: manufacturer.currency,
      country,
      address: input.address.trim(),
      createdAt: change.at,
    });
    const admin = tx.create(User, {
      email: invitation.email,
      name: input.adminName.trim(),
      role: Role.PARTNER_ADMIN,
      organization: partner,
      passwordHash,
      locale: input.locale ?? invitation.locale ?? null,
    });
    tx.create(NetworkMembership, { manufacturer, partner, pending: true, since: change.at });
    registered(change, invitation, partner, false, admin.id);
    return admin;
  });
  const signedIn = await deps.tokens.issue({ userId: user.id, orgId: user.organization.id, role: user.role });
  return { token: signedIn, user };
}

/**
 * A firm already on the portal (serving another manufacturer) joins the inviting network with its
 * own organization, signed in as its admin: a second membership, pending until approved, never a
 * second organization. An invitation sent to an address of another firm is not this firm's to use.
 */
export async function joinByInvitation({ em, viewer, clock }: Scope, links: MessageLinks, token: string): Promise<PartnerInvitation> {
  const id = await invitationIdOf(links, token);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const invitation = await openInvitation(tx, id, change.at);
    const firm = await tx.findOneOrFail(Organization, viewer.orgId);
    if (!INVITABLE_KINDS.includes(firm.kind)) throw forbidden("Only a service partner's admin may join a network");
    const invitee = await tx.findOne(User, { email: invitation.email });
    if (invitee && invitee.organization.id !== firm.id) throw forbidden('This invitation was sent to another firm');
    if ((await tx.count(NetworkMembership, { manufacturer: invitation.manufacturer.id, partner: firm.id })) > 0) {
      throw new AppError(ErrorCode.CONFLICT, 'Your firm is in this network already');
    }
    tx.create(NetworkMembership, { manufacturer: invitation.manufacturer, partner: firm, pending: true, since: change.at });
    registered(change, invitation, firm, true, viewer.userId);
    return invitation;
  });
}

/** The invitation is spent: REGISTERED with its firm, and the inviting network's staff hear of it. */
function registered(change: Change, invitation: PartnerInvitation, firm: Organization, joined: boolean, actorId: string): void {
  invitation.state = InvitationState.REGISTERED;
  invitation.partner = firm;
  invitation.registeredAt = change.at;
  change.emit(
    EventKind.PARTNER_REGISTERED,
    { manufacturerId: invitation.manufacturer.id, partnerId: firm.id },
    { invitationId: invitation.id, partnerId: firm.id, firmName: firm.name, joined, registeredAt: change.at.toISOString() },
    { actorId },
  );
}

/** A slug from the firm's name, unique among organizations (`kalte-nord`, then `kalte-nord-2`, ...). */
async function freeSlug(tx: EntityManager, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'partner';
  const rows = await tx.execute<{ slug: string }[]>('select slug from organization where slug = ? or slug like ?', [base, `${base}-%`]);
  const taken = new Set(rows.map((row) => row.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
