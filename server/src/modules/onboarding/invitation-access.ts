import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { PartnerInvitation, stateOf } from './partner-invitation.entity.js';
import { InvitationState } from './onboarding.enums.js';
import { AppError, ErrorCode, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';

/** The manufacturer's own invitation, locked for a decision; NOT_FOUND for another's or a missing one. */
export async function ownInvitation(tx: EntityManager, manufacturerId: string, id: string): Promise<PartnerInvitation> {
  const invitation = isUuid(id)
    ? await tx.findOne(PartnerInvitation, { id, manufacturer: manufacturerId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!invitation) throw notFound('Invitation');
  return invitation;
}

/**
 * The invitation a link names, locked, and still open to register through: PENDING and not
 * expired. A used, decided or expired one is INVALID_TRANSITION with its state as the reason.
 */
export async function openInvitation(tx: EntityManager, id: string, now: Date): Promise<PartnerInvitation> {
  const invitation = await tx.findOne(PartnerInvitation, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['manufacturer'] });
  if (!invitation) throw new AppError(ErrorCode.NOT_FOUND, 'This invitation link is not valid: it may have been altered or cut short');
  const state = stateOf(invitation, now);
  if (state === InvitationState.EXPIRED) throw new AppError(ErrorCode.INVALID_TRANSITION, 'This invitation has expired: ask for a new one', { reason: state });
  if (state !== InvitationState.PENDING) throw new AppError(ErrorCode.INVALID_TRANSITION, 'This invitation has already been used', { reason: state });
  return invitation;
}
