import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { PartsRequest, PartsRequestLine } from './parts-request.entity.js';
import { PartsRequestStatus, SETTLED_PARTS_STATUSES } from './parts.enums.js';
import { Part } from '../catalog/part.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { takeStep, canTake } from '../job/job-transitions.js';
import { EventKind } from '../events/event.enums.js';
import { jobEvent, type NewEvent } from '../events/event-log.js';
import { findVisibleJob } from '../access/job-access.js';
import { Capability, assertMayOnJob, type JobCapability } from '../access/policy.js';
import { partsRequestScope } from '../access/visibility.js';
import { resumeResolutionIfClear } from '../sla/resolution-pause.js';
import { pauseResolution } from '../sla/sla-clock.js';
import { changeState } from '../events/change-state.js';
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

/** A technician asks for parts (and loaner units); the job waits for them. */
export async function requestParts(
  { em, viewer, clock }: Scope,
  input: { jobId: string; lines: PartsLineData[]; idempotencyKey?: string | null },
): Promise<PartsRequest> {
  const lines = mergeLines(input.lines);
  const requestId = randomUUID();
  const resultId = await changeState(em, async (tx, events) => {
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
    const parts = await tx.find(Part, { manufacturer: job.manufacturer.id, sku: { $in: lines.map((line) => line.sku) } });
    const bySku = new Map(parts.map((part) => [part.sku, part]));
    const unknown = lines.filter((line) => !bySku.has(line.sku)).map((line) => line.sku);
    if (unknown.length > 0) throw badInput(`Not in the parts catalogue: ${unknown.join(', ')}`, { field: 'lines', skus: unknown });
    const now = clock.now();
    pauseResolution(job, now);
    const request = tx.create(PartsRequest, { id: requestId, job, requestedBy: viewer.userId, createdAt: now });
    for (const line of lines) {
      tx.create(PartsRequestLine, { request, part: bySku.get(line.sku)!, quantity: line.quantity, loaner: line.loaner });
    }
    events.push(
      jobEvent(EventKind.PARTS_REQUESTED, job, now, viewer.userId, {
        partsRequestId: request.id,
        data: { ...move, lines: lines.map(({ sku, quantity, loaner }) => ({ sku, quantity, loaner })) },
      }),
    );
    return requestId;
  });
  return em.findOneOrFail(PartsRequest, resultId, { refresh: true });
}

/** Approve fully, partly (approved quantities per line; lines left out get none) or reject. */
export async function decidePartsRequest(
  { em, viewer, clock }: Scope,
  input: { id: string; approve: boolean; lines?: PartsLineData[] | null; note?: string | null },
): Promise<PartsRequest> {
  return changeState(em, async (tx, events) => {
    const { request, job } = await lockRequest(tx, viewer, input.id, Capability.PARTS_DECIDE);
    if (request.status !== PartsRequestStatus.REQUESTED) throw invalidPartsStep(request.status, 'decide on');
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
    const now = clock.now();
    request.decidedAt = now;
    request.decisionNote = input.note ?? null;
    const jobMove = await resumeJobIfSettled(tx, job, request);
    const resumedAfterMinutes = request.status === PartsRequestStatus.REJECTED ? await resumeResolutionIfClear(tx, job, request, now) : null;
    events.push(
      jobEvent(EventKind.PARTS_DECIDED, job, now, viewer.userId, {
        partsRequestId: request.id,
        data: {
          from: PartsRequestStatus.REQUESTED,
          to: request.status,
          note: request.decisionNote,
          lines: lines.map((line) => ({ sku: line.part.sku, quantity: line.quantity, approvedQuantity: line.approvedQuantity })),
          job: jobMove,
          resolutionClockResumedAfterMinutes: resumedAfterMinutes,
        },
      }),
    );
    return request;
  });
}

export async function shipPartsRequest({ em, viewer, clock }: Scope, id: string, trackingCode?: string | null): Promise<PartsRequest> {
  if (trackingCode && trackingCode.length > 200) throw badInput('The tracking code may have at most 200 characters', { field: 'trackingCode' });
  return changeState(em, async (tx, events) => {
    const { request, job } = await lockRequest(tx, viewer, id, Capability.PARTS_SHIP);
    if (request.status !== PartsRequestStatus.APPROVED && request.status !== PartsRequestStatus.PARTIALLY_APPROVED) {
      throw invalidPartsStep(request.status, 'ship');
    }
    const now = clock.now();
    const from = request.status;
    request.status = PartsRequestStatus.SHIPPED;
    request.shippedAt = now;
    request.trackingCode = trackingCode?.trim() || null;
    const resumedAfterMinutes = await resumeResolutionIfClear(tx, job, request, now);
    events.push(
      partsEvent(EventKind.PARTS_SHIPPED, job, request, now, viewer.userId, {
        from,
        to: request.status,
        trackingCode: request.trackingCode,
        resolutionClockResumedAfterMinutes: resumedAfterMinutes,
      }),
    );
    return request;
  });
}

/** The partner confirms receipt; when nothing else is outstanding the job resumes by itself. */
export async function receivePartsRequest({ em, viewer, clock }: Scope, id: string): Promise<PartsRequest> {
  return changeState(em, async (tx, events) => {
    const { request, job } = await lockRequest(tx, viewer, id, Capability.PARTS_RECEIVE);
    if (request.status !== PartsRequestStatus.SHIPPED) throw invalidPartsStep(request.status, 'receive');
    const now = clock.now();
    request.status = PartsRequestStatus.RECEIVED;
    request.receivedAt = now;
    const jobMove = await resumeJobIfSettled(tx, job, request);
    events.push(partsEvent(EventKind.PARTS_RECEIVED, job, request, now, viewer.userId, { from: PartsRequestStatus.SHIPPED, to: request.status, job: jobMove }));
    return request;
  });
}

export async function listPartsRequests({ em, viewer }: Scope, status?: PartsRequestStatus | null): Promise<PartsRequest[]> {
  return em.find(PartsRequest, { $and: [partsRequestScope(viewer), status ? { status } : {}] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 });
}

async function lockRequest(tx: EntityManager, viewer: Viewer, id: string, capability: JobCapability): Promise<{ request: PartsRequest; job: ServiceJob }> {
  if (!isUuid(id)) throw notFound('Parts request');
  const seen = await tx.findOne(PartsRequest, { $and: [{ id }, partsRequestScope(viewer)] });
  if (!seen) throw notFound('Parts request');
  // Job first, then request: the same lock order as every other step on the job.
  const job = await tx.findOneOrFail(ServiceJob, seen.job.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  assertMayOnJob(viewer, capability, job);
  const request = await tx.findOneOrFail(PartsRequest, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return { request, job };
}

/** When no request of the job is outstanding any more, a job waiting for parts goes back to work. */
async function resumeJobIfSettled(tx: EntityManager, job: ServiceJob, settled: PartsRequest): Promise<{ from: string; to: string } | null> {
  if (!SETTLED_PARTS_STATUSES.includes(settled.status) || !canTake(job.status, 'partsSettled')) return null;
  const outstanding = await tx.count(PartsRequest, {
    job: job.id,
    id: { $ne: settled.id },
    status: { $nin: [...SETTLED_PARTS_STATUSES] },
  });
  return outstanding === 0 ? takeStep(job, 'partsSettled') : null;
}

function partsEvent(kind: EventKind, job: ServiceJob, request: PartsRequest, now: Date, actorId: string, data: Record<string, unknown>): NewEvent {
  return jobEvent(kind, job, now, actorId, { partsRequestId: request.id, data });
}

const invalidPartsStep = (status: PartsRequestStatus, verb: string) =>
  new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${verb} a parts request that is ${status}`, { from: status });

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
