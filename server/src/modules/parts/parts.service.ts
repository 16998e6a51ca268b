import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { PartsRequest, PartsRequestLine } from './parts-request.entity.js';
import { PARTS_STEPS, PartsRequestStatus, SETTLED_PARTS_STATUSES, canTakePartsStep, type PartsStep } from './parts.enums.js';
import { Part } from '../catalog/part.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import type { JobStatus } from '../job/job.enums.js';
import { takeStep, canTake } from '../job/job-transitions.js';
import { EventKind } from '../events/event.enums.js';
import { findVisibleJob } from '../job/job-access.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { partsRequestScope } from '../access/visibility.js';
import { resumeResolutionIfClear } from './resolution-pause.js';
import { lendLoaners } from './loan-period.js';
import { assertQuoteAccepted } from '../job/quote-gate.js';
import { pauseResolution } from '../sla/sla-clock.js';
import { changeState } from '../events/change.js';
import { claimIdempotencyKey, requestFingerprint } from '../../shared/idempotency.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import type { Viewer } from '../../shared/viewer.js';

export interface PartsLineData {
  sku: string;
  quantity: number;
  loaner?: boolean | null;
}

const MAX_QUANTITY = 999;

/** A technician asks for parts (and loaner units); the job waits for them. The answer is the request as written. */
export async function requestParts(
  { em, viewer, clock }: Scope,
  input: { jobId: string; lines: PartsLineData[]; idempotencyKey?: string | null },
): Promise<PartsRequest> {
  const lines = mergeLines(input.lines);
  const requestId = randomUUID();
  const result = await changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    if (input.idempotencyKey) {
      const first = await claimIdempotencyKey(tx, {
        userId: viewer.userId,
        key: input.idempotencyKey,
        operation: 'requestParts',
        fingerprint: requestFingerprint({ jobId: input.jobId, lines }),
        resultId: requestId,
      });
      if (first) return first;
    }
    const job = await findVisibleJob(tx, viewer, input.jobId, true);
    assertMayOnJob(viewer, Capability.PARTS_REQUEST, job);
    const move = takeStep(job, 'requestParts');
    await assertQuoteAccepted(tx, job, 'request parts');
    const parts = await tx.find(Part, { manufacturer: job.manufacturer.id, sku: { $in: lines.map((line) => line.sku) } });
    const bySku = new Map(parts.map((part) => [part.sku, part]));
    const unknown = lines.filter((line) => !bySku.has(line.sku)).map((line) => line.sku);
    if (unknown.length > 0) throw badInput(`Not in the parts catalogue: ${unknown.join(', ')}`, { field: 'lines', skus: unknown });
    pauseResolution(job, change.at);
    const request = tx.create(PartsRequest, { id: requestId, job, requestedBy: viewer.userId, createdAt: change.at });
    for (const line of lines) {
      tx.create(PartsRequestLine, { request, part: bySku.get(line.sku)!, quantity: line.quantity, loaner: line.loaner });
    }
    change.emit(
      EventKind.PARTS_REQUESTED,
      { job, partsRequest: request },
      { ...move, lines: lines.map(({ sku, quantity, loaner }) => ({ sku, quantity, loaner })) },
    );
    return request;
  });
  return typeof result === 'string' ? em.findOneOrFail(PartsRequest, result, { refresh: true }) : result;
}

/** Approve fully, partly (approved quantities per line; lines left out get none) or reject. */
export async function decidePartsRequest(
  { em, viewer, clock }: Scope,
  input: { id: string; approve: boolean; lines?: PartsLineData[] | null; note?: string | null },
): Promise<PartsRequest> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const { request, job } = await lockRequest(tx, viewer, input.id, 'decide');
    const lines = await tx.find(PartsRequestLine, { request: request.id }, { populate: ['part'] });
    if (!input.approve) {
      for (const line of lines) line.approvedQuantity = 0;
    } else if (!input.lines) {
      for (const line of lines) line.approvedQuantity = line.quantity;
    } else {
      const approved = new Map(mergeLines(input.lines, true).map((line) => [line.sku, line.quantity]));
      const strangers = [...approved.keys()].filter((sku) => !lines.some((line) => line.part.sku === sku));
      if (strangers.length > 0) throw badInput(`Not part of this request: ${strangers.join(', ')}`, { field: 'lines' });
      for (const line of lines) {
        const quantity = approved.get(line.part.sku) ?? 0;
        if (quantity > line.quantity) throw badInput(`Cannot approve more ${line.part.sku} than requested (${line.quantity})`, { field: 'lines' });
        line.approvedQuantity = quantity;
      }
    }
    const total = lines.reduce((sum, line) => sum + (line.approvedQuantity ?? 0), 0);
    const full = lines.every((line) => line.approvedQuantity === line.quantity);
    request.status = total === 0 ? PartsRequestStatus.REJECTED : full ? PartsRequestStatus.APPROVED : PartsRequestStatus.PARTIALLY_APPROVED;
    const now = change.at;
    request.decidedAt = now;
    request.decisionNote = input.note ?? null;
    const jobMove = await resumeJobIfSettled(tx, job, request);
    const resumedAfterMinutes = request.status === PartsRequestStatus.REJECTED ? await resumeResolutionIfClear(tx, job, request, now) : null;
    change.emit(
      EventKind.PARTS_DECIDED,
      { job, partsRequest: request },
      {
        from: PartsRequestStatus.REQUESTED,
        to: request.status,
        note: request.decisionNote,
        lines: lines.map((line) => ({ sku: line.part.sku, quantity: line.quantity, approvedQuantity: line.approvedQuantity ?? null })),
        job: jobMove,
        resolutionClockResumedAfterMinutes: resumedAfterMinutes,
      },
    );
    return request;
  });
}

export async function shipPartsRequest(
  { em, viewer, clock }: Scope,
  id: string,
  trackingCode: string | null | undefined,
  loanDays: number,
): Promise<PartsRequest> {
  if (trackingCode && trackingCode.length > 200) throw badInput('The tracking code may have at most 200 characters', { field: 'trackingCode' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const { request, job } = await lockRequest(tx, viewer, id, 'ship');
    const now = change.at;
    const from = request.status;
    request.status = PartsRequestStatus.SHIPPED;
    request.shippedAt = now;
    request.trackingCode = trackingCode?.trim() || null;
    lendLoaners(await tx.find(PartsRequestLine, { request: request.id }), now, loanDays);
    const resumedAfterMinutes = await resumeResolutionIfClear(tx, job, request, now);
    change.emit(
      EventKind.PARTS_SHIPPED,
      { job, partsRequest: request },
      { from, to: request.status, trackingCode: request.trackingCode, resolutionClockResumedAfterMinutes: resumedAfterMinutes },
    );
    return request;
  });
}

/** The partner confirms receipt; when nothing else is outstanding the job resumes by itself. */
export async function receivePartsRequest({ em, viewer, clock }: Scope, id: string): Promise<PartsRequest> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const { request, job } = await lockRequest(tx, viewer, id, 'receive');
    request.status = PartsRequestStatus.RECEIVED;
    request.receivedAt = change.at;
    const jobMove = await resumeJobIfSettled(tx, job, request);
    change.emit(EventKind.PARTS_RECEIVED, { job, partsRequest: request }, { from: PartsRequestStatus.SHIPPED, to: request.status, job: jobMove });
    return request;
  });
}

export async function listPartsRequests({ em, viewer }: Scope, status?: PartsRequestStatus | null): Promise<PartsRequest[]> {
  return em.find(
    PartsRequest,
    { $and: [partsRequestScope<PartsRequest>(viewer), status ? { status } : {}] },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 },
  );
}

/** The capability each step of a parts request needs (policy.ts). */
const STEP_CAPABILITY = {
  decide: Capability.PARTS_DECIDE,
  ship: Capability.PARTS_SHIP,
  receive: Capability.PARTS_RECEIVE,
  returnLoaner: Capability.LOANER_RETURN,
} as const;

/** The request the viewer may see and its job, both locked; FORBIDDEN or INVALID_TRANSITION unless the viewer may take `step` now. */
export async function lockRequest(tx: EntityManager, viewer: Viewer, id: string, step: PartsStep): Promise<{ request: PartsRequest; job: ServiceJob }> {
  if (!isUuid(id)) throw notFound('Parts request');
  const seen = await tx.findOne(PartsRequest, { $and: [{ id }, partsRequestScope<PartsRequest>(viewer)] });
  if (!seen) throw notFound('Parts request');
  // Job first, then request: the same lock order as every other step on the job.
  const job = await tx.findOneOrFail(ServiceJob, seen.job.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  assertMayOnJob(viewer, STEP_CAPABILITY[step], job);
  const request = await tx.findOneOrFail(PartsRequest, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!canTakePartsStep(request.status, step)) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${PARTS_STEPS[step].verb} a parts request that is ${request.status}`, { from: request.status });
  }
  return { request, job };
}

/** When no request of the job is outstanding any more, a job waiting for parts goes back to work. */
async function resumeJobIfSettled(tx: EntityManager, job: ServiceJob, settled: PartsRequest): Promise<{ from: JobStatus; to: JobStatus } | null> {
  if (!SETTLED_PARTS_STATUSES.includes(settled.status) || !canTake(job.status, 'partsSettled')) return null;
  const outstanding = await tx.count(PartsRequest, {
    job: job.id,
    id: { $ne: settled.id },
    status: { $nin: [...SETTLED_PARTS_STATUSES] },
  });
  return outstanding === 0 ? takeStep(job, 'partsSettled') : null;
}

/** Validates lines and merges repeated SKUs. `allowZero` for approvals, where 0 means none. */
function mergeLines(lines: PartsLineData[], allowZero = false): PartsLineData[] {
  if (lines.length === 0 && !allowZero) throw badInput('A parts request needs at least one line', { field: 'lines' });
  if (lines.length > 100) throw badInput('At most 100 lines per request', { field: 'lines' });
  const merged = new Map<string, PartsLineData>();
  for (const line of lines) {
    const sku = line.sku.trim();
    if (!sku) throw badInput('Every line needs a SKU', { field: 'lines' });
    if (!Number.isInteger(line.quantity) || line.quantity < (allowZero ? 0 : 1) || line.quantity > MAX_QUANTITY) {
      throw badInput(`Quantity for ${sku} must be between ${allowZero ? 0 : 1} and ${MAX_QUANTITY}`, { field: 'lines' });
    }
    const existing = merged.get(sku);
    if (existing) existing.quantity += line.quantity;
    else merged.set(sku, { sku, quantity: line.quantity, loaner: Boolean(line.loaner) });
  }
  return [...merged.values()];
}
