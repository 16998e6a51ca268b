import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Orm } from '../../db/orm.js';
import { type PartsRequest, PartsRequestLine } from './parts-request.entity.js';
import { lockRequest } from './parts.service.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { partsRequestScope } from '../access/visibility.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';

const BATCH = 200;

/** The partner (its admin, or the technician on the job) sends a loaner back; late or not, it is returned. */
export async function returnLoaner({ em, viewer, clock }: Scope, lineId: string, trackingCode?: string | null): Promise<PartsRequest> {
  if (trackingCode && trackingCode.length > 200) throw badInput('The tracking code may have at most 200 characters', { field: 'trackingCode' });
  if (!isUuid(lineId)) throw notFound('Loaner');
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const seen = await tx.findOne(PartsRequestLine, { id: lineId, request: partsRequestScope<PartsRequest>(viewer) });
    if (!seen) throw notFound('Loaner');
    const { request, job } = await lockRequest(tx, viewer, seen.request.id, 'returnLoaner');
    const line = await tx.findOneOrFail(PartsRequestLine, lineId, { populate: ['part'], lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!line.loaner || !line.loanerReturnBy) throw new AppError(ErrorCode.INVALID_TRANSITION, 'This line is not a loaner that went out', { field: 'lineId' });
    if (line.loanerReturnedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'This loaner was already returned', { field: 'lineId' });
    line.loanerReturnedAt = change.at;
    line.loanerReturnTrackingCode = trackingCode?.trim() || null;
    change.emit(
      EventKind.LOANER_RETURNED,
      { job, partsRequest: request },
      { lineId: line.id, sku: line.part.sku, returnBy: line.loanerReturnBy.toISOString(), trackingCode: line.loanerReturnTrackingCode },
    );
    return request;
  });
}

/**
 * The deadline scheduler's pass over loaners past their return-by date and not returned: each is
 * recorded overdue once (LOANER_OVERDUE, an escalation), in a transaction that locks its job and
 * re-checks the line, so with any number of instances each fires exactly once.
 */
export async function sweepOverdueLoaners(orm: Orm, now: Date): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  const due = await em.find(
    PartsRequestLine,
    { loanerReturnBy: { $lte: now }, loanerReturnedAt: null, loanerOverdueAt: null },
    { fields: ['id', 'request'], orderBy: { loanerReturnBy: 'asc' }, limit: BATCH },
  );
  let fired = 0;
  for (const { id } of due) if (await markOverdue(orm, id, now)) fired++;
  return fired;
}

async function markOverdue(orm: Orm, lineId: string, now: Date): Promise<boolean> {
  return changeState(orm.em.fork() as EntityManager, { at: now, actorId: null }, async (tx, change) => {
    const { request } = await tx.findOneOrFail(PartsRequestLine, lineId, { populate: ['request'] });
    const job = await tx.findOneOrFail(ServiceJob, request.job.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const line = await tx.findOneOrFail(PartsRequestLine, lineId, { populate: ['part', 'request'], refresh: true });
    // Another instance got here first, or the partner returned it since the query.
    if (!line.loanerReturnBy || line.loanerReturnBy > now || line.loanerReturnedAt || line.loanerOverdueAt) return false;
    line.loanerOverdueAt = now;
    change.emit(
      EventKind.LOANER_OVERDUE,
      { job, partsRequest: line.request },
      { lineId: line.id, sku: line.part.sku, returnBy: line.loanerReturnBy.toISOString() },
    );
    return true;
  });
}
