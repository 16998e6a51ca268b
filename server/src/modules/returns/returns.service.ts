import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { ReturnAuthorization } from './return-authorization.entity.js';
import { type InspectionResult, REJECTING_RESULTS, RETURN_DAYS, ReturnState } from './returns.enums.js';
import { returnScope } from './returns.visibility.js';
import { rejectLineByInspection } from './claim-line-rejection.js';
import { ClaimLine, WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { ClaimLineKind, ClaimState } from '../billing/claim.enums.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';

const DAY_MS = 86_400_000;
const TEXT_MAX = 2000;

/** The return authorizations the viewer may see, newest first, optionally of one partner and in some states. */
export async function listReturns({ em, viewer }: Scope, partnerId?: string | null, states?: ReturnState[] | null): Promise<ReturnAuthorization[]> {
  if (partnerId && !isUuid(partnerId)) return [];
  return em.find(
    ReturnAuthorization,
    { $and: [returnScope(viewer), { ...(partnerId && { partner: partnerId }), ...(states?.length && { state: { $in: states } }) }] },
    { orderBy: { requestedAt: 'desc', id: 'desc' }, limit: 500 },
  );
}

/** The manufacturer's staff ask for the part of a PART claim line back (it must name the faulty serial). */
export async function requestPartReturn({ em, viewer, clock }: Scope, claimLineId: string, note?: string | null): Promise<ReturnAuthorization> {
  if (note && note.length > TEXT_MAX) throw badInput(`The note may have at most ${TEXT_MAX} characters`, { field: 'note' });
  if (!isUuid(claimLineId)) throw notFound('Claim line');
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const seen = await tx.findOne(ClaimLine, { id: claimLineId, claim: { manufacturer: viewer.orgId } });
    if (!seen) throw notFound('Claim line');
    // The claim is locked: a review, an inspection and this request of one claim happen one after another.
    const claim = await tx.findOneOrFail(WarrantyClaim, seen.claim.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const line = await tx.findOneOrFail(ClaimLine, claimLineId, { refresh: true });
    if (line.kind !== ClaimLineKind.PART) throw badInput('Only a part line can be returned', { field: 'claimLineId' });
    if (!line.faultySerial) throw badInput('The line names no faulty serial to return', { field: 'claimLineId' });
    if (claim.state === ClaimState.DRAFT) throw new AppError(ErrorCode.INVALID_TRANSITION, 'The claim has not been submitted yet', { field: 'claimLineId' });
    if (await tx.count(ReturnAuthorization, { claimLine: line.id })) throw new AppError(ErrorCode.CONFLICT, 'This part was already asked back');
    const [{ n }] = await tx.execute<{ n: string }[]>(`select nextval('return_number_seq')::text as n`);
    const ra = tx.create(ReturnAuthorization, {
      number: `RA-${change.at.getUTCFullYear()}-${n.padStart(6, '0')}`,
      claimLine: line,
      claim,
      job: claim.job,
      manufacturer: claim.manufacturer,
      partner: claim.partner,
      part: line.part ?? null,
      faultySerial: line.faultySerial,
      requestNote: note?.trim() || null,
      requestedBy: viewer.userId,
      requestedAt: change.at,
      returnBy: new Date(change.at.getTime() + RETURN_DAYS * DAY_MS),
    });
    change.emit(EventKind.RETURN_REQUESTED, audienceOf(ra), { ...stepOf(ra, null), returnBy: ra.returnBy!.toISOString(), note: ra.requestNote ?? null });
    return ra;
  });
}

/** The claiming partner's admin ships the part back with the carrier's tracking code. */
export async function shipPartReturn({ em, viewer, clock }: Scope, returnId: string, trackingCode: string): Promise<ReturnAuthorization> {
  const code = trackingCode.trim();
  if (!code) throw badInput('Give the tracking code the part ships with', { field: 'trackingCode' });
  if (code.length > 200) throw badInput('The tracking code may have at most 200 characters', { field: 'trackingCode' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const ra = await lockReturn(tx, { em, viewer, clock }, returnId, ReturnState.REQUESTED, 'ship');
    ra.state = ReturnState.SHIPPED;
    ra.trackingCode = code;
    ra.shippedAt = change.at;
    change.emit(EventKind.RETURN_SHIPPED, audienceOf(ra), { ...stepOf(ra, ReturnState.REQUESTED), trackingCode: code });
    return ra;
  });
}

/** The manufacturer records the part's arrival. */
export async function receivePartReturn(scope: Scope, returnId: string): Promise<ReturnAuthorization> {
  return changeState(scope.em, { at: scope.clock.now(), actorId: scope.viewer.userId }, async (tx, change) => {
    const ra = await lockReturn(tx, scope, returnId, ReturnState.SHIPPED, 'receive');
    ra.state = ReturnState.RECEIVED;
    ra.receivedAt = change.at;
    change.emit(EventKind.RETURN_RECEIVED, audienceOf(ra), stepOf(ra, ReturnState.SHIPPED));
    return ra;
  });
}

/**
 * The manufacturer inspects the returned part. CONFIRMED_FAULT counts in failure analysis; NO_FAULT_FOUND
 * and MISUSE reject the claim line (approved 0, code return.*) and re-derive a reviewed claim's state,
 * unless the claim is PAID (then the inspection is recorded and the line stays as paid).
 */
export async function inspectPartReturn(scope: Scope, returnId: string, result: InspectionResult, note?: string | null): Promise<ReturnAuthorization> {
  if (note && note.length > TEXT_MAX) throw badInput(`The note may have at most ${TEXT_MAX} characters`, { field: 'note' });
  return changeState(scope.em, { at: scope.clock.now(), actorId: scope.viewer.userId }, async (tx, change) => {
    const seen = await findReturn(tx, scope, returnId);
    const claim = await tx.findOneOrFail(WarrantyClaim, seen.claim.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const ra = await lockReturn(tx, scope, returnId, ReturnState.RECEIVED, 'inspect');
    ra.state = ReturnState.INSPECTED;
    ra.inspectedAt = change.at;
    ra.result = result;
    ra.inspectionNote = note?.trim() || null;
    const code = REJECTING_RESULTS[result];
    // A line replaced since the request (the claim edited after a send-back) is no longer the one returned: nothing to reject.
    const lineId = ra.claimLine?.id;
    const rejection =
      code && lineId && claim.state !== ClaimState.PAID ? await rejectLineByInspection(tx, claim, lineId, code, ra.inspectionNote, change.at) : null;
    change.emit(EventKind.RETURN_INSPECTED, audienceOf(ra), {
      ...stepOf(ra, ReturnState.RECEIVED),
      result,
      note: ra.inspectionNote ?? null,
      lineRejected: rejection !== null,
      claimState: rejection?.claimState ?? null,
    });
    return ra;
  });
}

async function findReturn(tx: EntityManager, { viewer }: Scope, returnId: string): Promise<ReturnAuthorization> {
  const ra = isUuid(returnId) ? await tx.findOne(ReturnAuthorization, { $and: [{ id: returnId }, returnScope(viewer)] }) : null;
  if (!ra) throw notFound('Return authorization');
  return ra;
}

/** The return, locked, in the state the step starts from (INVALID_TRANSITION otherwise). */
async function lockReturn(tx: EntityManager, scope: Scope, returnId: string, from: ReturnState, verb: string): Promise<ReturnAuthorization> {
  await findReturn(tx, scope, returnId);
  const ra = await tx.findOneOrFail(ReturnAuthorization, returnId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (ra.state !== from) throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${verb} a return that is ${ra.state}`, { state: ra.state });
  ra.version += 1;
  return ra;
}

/** A step's events go to the network's staff and the claiming partner's admins (they name no job: never a technician). */
const audienceOf = (ra: ReturnAuthorization) => ({ manufacturerId: ra.manufacturer.id, partnerId: ra.partner.id });

/** What every RETURN_* event says: which return, of which claim and line, its state before → after. */
const stepOf = (ra: ReturnAuthorization, from: ReturnState | null) => ({
  returnId: ra.id,
  number: ra.number,
  claimId: ra.claim.id,
  claimLineId: ra.claimLine?.id ?? null,
  from,
  to: ra.state,
});
