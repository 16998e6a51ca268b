import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestStatus } from './customer.enums.js';
import { findUnit, openJob } from './request.service.js';
import { User } from '../network/user.entity.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { Capability, can } from '../access/policy.js';
import type { Viewer } from '../../shared/viewer.js';
import { changeState, type Change } from '../events/change.js';
import { AppError, ErrorCode, forbidden, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';

const LIST_LIMIT = 200;

/** The manufacturer's staff who triage (the policy's table): the service checks it as the resolver does. */
function assertTriages(viewer: Viewer): void {
  if (!can(viewer, Capability.SERVICE_REQUEST_TRIAGE)) throw forbidden('Only dispatchers triage customer requests');
}

/** The manufacturer's customer requests, newest first: by default those still waiting (NEW). */
export async function listServiceRequests({ em, viewer }: Scope, status: ServiceRequestStatus | null | undefined): Promise<ServiceRequest[]> {
  assertTriages(viewer);
  return em.find(
    ServiceRequest,
    { manufacturer: viewer.orgId, ...(status ? { status } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT, populate: ['job'] },
  );
}

/** Handled without a job (a duplicate, answered by phone): it leaves the list; the customer's link says it is closed. */
export async function markServiceRequestHandled(scope: Scope, id: string): Promise<ServiceRequest> {
  return onNewRequest(scope, id, async (tx, change, request) => {
    request.status = ServiceRequestStatus.TRIAGED;
    request.handledAt = change.at;
    request.handledBy = tx.getReference(User, scope.viewer.userId);
    return request;
  });
}

/** The unit was found after all (the serial mistyped, say): the request becomes a NEW job under the customer's token. */
export async function createJobFromServiceRequest(scope: Scope, id: string, serial: string): Promise<ServiceJob> {
  return onNewRequest(scope, id, async (tx, change, request) => {
    const unitId = await findUnit(tx, scope.viewer.orgId, serial.trim());
    if (!unitId) throw notFound(`Equipment with serial "${serial.trim()}"`);
    return openJob(tx, change, request, unitId, scope.viewer.userId);
  });
}

/** A request of the viewer's manufacturer, locked, that still waits; another manufacturer's answers like a missing one. */
function onNewRequest<T>(scope: Scope, id: string, step: (tx: EntityManager, change: Change, request: ServiceRequest) => Promise<T>): Promise<T> {
  const { em, viewer, clock } = scope;
  assertTriages(viewer);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const request = isUuid(id) ? await tx.findOne(ServiceRequest, { id, manufacturer: viewer.orgId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!request) throw notFound('Service request');
    if (request.status !== ServiceRequestStatus.NEW) throw new AppError(ErrorCode.INVALID_TRANSITION, 'This request has already been handled');
    return step(tx, change, request);
  });
}
