import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { PartnerInvitation, stateOf } from './partner-invitation.entity.js';
import { InvitationState } from './onboarding.enums.js';
import { INVITATION_DAYS, invitationIdOf, invitationUrl } from './invitation-links.js';
import { ownInvitation } from './invitation-access.js';
import { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { User } from '../network/user.entity.js';
import { OrgKind, PartnerStatus } from '../network/network.enums.js';
import { networkChanged } from '../admin/admin-event.js';
import { announceStatus } from '../scorecard/partner-status.service.js';
import { mailPartnerInvitation } from '../mail/mail-invitation.js';
import type { MailSettings } from '../mail/mail-consumer.js';
import { changeState } from '../events/change.js';
import { EventKind } from '../events/event.enums.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import { isLanguage } from '../../shared/languages.js';
import type { Clock } from '../../shared/clock.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { Scope } from '../../shared/scope.js';

const DAY = 86_400_000;
/** Kinds a firm may be invited (or register) as: the service partners, not a manufacturer nor a customer's own staff. */
export const INVITABLE_KINDS: readonly OrgKind[] = [OrgKind.BRANCH, OrgKind.DEALER, OrgKind.INDEPENDENT_SPECIALIST, OrgKind.CONSORTIUM_PARTNER];

/** What invitations need beyond the scope: the link signer and the outbox. */
export interface OnboardingDeps {
  links: MessageLinks;
  mail: Pick<MailSettings, 'messages' | 'clock' | 'queue'>;
}

export interface InvitationData {
  email: string;
  firmName?: string | null;
  kind?: OrgKind | null;
  /** The mail's language; absent: the inviting admin's. */
  locale?: string | null;
}

/** An invitation as its inviter sees it once: with the link that was mailed. */
export interface CreatedInvitation {
  invitation: PartnerInvitation;
  link: string;
}

export const normalEmail = (email: string): string => email.trim().toLowerCase();

export function assertInvitableKind(kind: OrgKind | null | undefined): void {
  if (kind && !INVITABLE_KINDS.includes(kind))
    throw badInput('A firm is invited as a branch, dealer, independent specialist or consortium partner', { field: 'kind' });
}

/**
 * Invites a firm by email into the admin's network: the invitation, and its mail with the signed
 * `/join/<token>` link, in one transaction. An address whose firm is already a member is a CONFLICT.
 */
export async function invitePartner({ em, viewer, clock }: Scope, deps: OnboardingDeps, input: InvitationData): Promise<CreatedInvitation> {
  assertInvitableKind(input.kind);
  if (input.locale && !isLanguage(input.locale)) throw badInput('locale: one of the portal languages (en, de, da, nl, ru, ms, sq)', { field: 'locale' });
  const email = normalEmail(input.email);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const manufacturer = await tx.findOneOrFail(Organization, viewer.orgId);
    const inviter = await tx.findOneOrFail(User, viewer.userId);
    const known = await tx.findOne(User, { email });
    if (
      known &&
      (known.organization.id === viewer.orgId || (await tx.count(NetworkMembership, { manufacturer: viewer.orgId, partner: known.organization.id })) > 0)
    ) {
      throw new AppError(ErrorCode.CONFLICT, 'This address belongs to your own network already');
    }
    const now = change.at;
    const invitation = tx.create(PartnerInvitation, {
      manufacturer,
      email,
      firmName: input.firmName?.trim() || null,
      kind: input.kind ?? null,
      locale: input.locale ?? inviter.locale ?? null,
      invitedBy: inviter,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY),
      createdAt: now,
    });
    const link = await invitationUrl(deps.links, invitation);
    await mailPartnerInvitation(tx, deps.mail, {
      manufacturerId: manufacturer.id,
      manufacturerName: manufacturer.name,
      inviterName: inviter.name,
      email,
      firmName: invitation.firmName ?? null,
      locale: invitation.locale ?? null,
      joinUrl: link,
      expiresAt: invitation.expiresAt,
    });
    networkChanged(change, viewer.orgId, {
      entity: 'PartnerInvitation',
      id: invitation.id,
      change: 'created',
      after: { email, firmName: invitation.firmName },
    });
    return { invitation, link };
  });
}

/** The admin's network's invitations, newest first. */
export function partnerInvitations({ em, viewer }: Scope): Promise<PartnerInvitation[]> {
  return em.find(PartnerInvitation, { manufacturer: viewer.orgId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** What the public page of a link shows. */
export interface PublicInvitationView {
  manufacturerName: string;
  email: string;
  firmName: string | null;
  kind: OrgKind | null;
  state: InvitationState;
  expiresAt: Date;
  /** The invited address belongs to an existing account: its firm joins with itself rather than registering anew. */
  firmKnown: boolean;
}

/** The invitation a link names, as its public page shows it. Reading changes nothing. */
export async function readInvitation(em: EntityManager, links: MessageLinks, clock: Clock, token: string): Promise<PublicInvitationView> {
  const id = await invitationIdOf(links, token);
  const invitation = await em.findOne(PartnerInvitation, id, { populate: ['manufacturer'] });
  if (!invitation) throw new AppError(ErrorCode.NOT_FOUND, 'This invitation link is not valid: it may have been altered or cut short');
  return {
    manufacturerName: invitation.manufacturer.name,
    email: invitation.email,
    firmName: invitation.firmName ?? null,
    kind: invitation.kind ?? null,
    state: stateOf(invitation, clock.now()),
    expiresAt: invitation.expiresAt,
    firmKnown: (await em.count(User, { email: invitation.email })) > 0,
  };
}

export interface ApprovalData {
  status: PartnerStatus;
  regions?: string[] | null;
  capacity?: number | null;
}

const REGION = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

/**
 * Approves a registered firm into the network: its membership stops pending (so it is offered jobs)
 * with the status (ACTIVE or PROBATION), regions and capacity given. A firm's status, regions and
 * capacity are its own across networks (as `updatePartner` changes them): a firm already serving
 * another network keeps its regions and gains these, and a status change is announced to every
 * network it serves.
 */
export async function approvePartner({ em, viewer, clock }: Scope, invitationId: string, input: ApprovalData): Promise<Organization> {
  if (input.status !== PartnerStatus.ACTIVE && input.status !== PartnerStatus.PROBATION) {
    throw badInput('A firm is approved as ACTIVE or on PROBATION', { field: 'status' });
  }
  if (input.capacity !== null && input.capacity !== undefined && (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 10_000)) {
    throw badInput('capacity: 0 to 10000 open jobs', { field: 'capacity' });
  }
  const regions = input.regions ? [...new Set(input.regions.map((region) => region.trim().toUpperCase()))] : null;
  if (regions && (regions.length > 50 || regions.some((region) => !REGION.test(region)))) throw badInput('regions: codes like NORTH', { field: 'regions' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const invitation = await ownInvitation(tx, viewer.orgId, invitationId);
    if (invitation.state !== InvitationState.REGISTERED || !invitation.partner) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, 'Only a firm that registered through its invitation can be approved', { state: invitation.state });
    }
    const partnerId = invitation.partner.id;
    const membership = await tx.findOneOrFail(NetworkMembership, { manufacturer: viewer.orgId, partner: partnerId });
    const partner = await tx.findOneOrFail(Organization, partnerId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const servesOthers = (await tx.count(NetworkMembership, { partner: partnerId, pending: false })) > 0;
    membership.pending = false;
    membership.since = change.at;
    if (regions) partner.regions = servesOthers ? [...new Set([...partner.regions, ...regions])] : regions;
    if (input.capacity !== null && input.capacity !== undefined) partner.capacity = input.capacity;
    const from = partner.status;
    partner.status = input.status;
    invitation.state = InvitationState.APPROVED;
    invitation.decidedAt = change.at;
    await tx.flush();
    if (from && from !== input.status) {
      await announceStatus(tx, change, partnerId, { from, to: input.status, reason: 'Approved into a further network by invitation', score: null });
    }
    change.emit(
      EventKind.PARTNER_APPROVED,
      { manufacturerId: viewer.orgId, partnerId },
      {
        invitationId: invitation.id,
        partnerId,
        status: input.status,
        regions: partner.regions,
        capacity: partner.capacity,
        decidedAt: change.at.toISOString(),
      },
    );
    return partner;
  });
}

/**
 * Declines an invitation, open or registered: a registered firm's pending membership ends (the
 * firm keeps its organization and account: it may serve other networks).
 */
export async function declinePartner({ em, viewer, clock }: Scope, invitationId: string, reason: string | null | undefined): Promise<PartnerInvitation> {
  const why = reason?.trim() || null;
  if (why && why.length > 2000) throw badInput('reason: at most 2000 characters', { field: 'reason' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const invitation = await ownInvitation(tx, viewer.orgId, invitationId);
    if (invitation.state !== InvitationState.PENDING && invitation.state !== InvitationState.REGISTERED) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, 'This invitation was decided already', { state: invitation.state });
    }
    const partnerId = invitation.partner?.id ?? null;
    if (partnerId) await tx.nativeDelete(NetworkMembership, { manufacturer: viewer.orgId, partner: partnerId, pending: true });
    invitation.state = InvitationState.DECLINED;
    invitation.decidedAt = change.at;
    invitation.declineReason = why;
    networkChanged(
      change,
      viewer.orgId,
      { entity: 'PartnerInvitation', id: invitation.id, change: 'declined', after: { reason: why } },
      partnerId ?? undefined,
    );
    return invitation;
  });
}
