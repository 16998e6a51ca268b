import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { AuditFinding } from './audit-finding.entity.js';
import type { FindingSeverity } from './audit.enums.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { badInput, notFound } from '../../shared/errors.js';
import type { Viewer } from '../../shared/viewer.js';
import { findingScope } from '../access/visibility.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { reasonCodeFor } from '../reason/reason.service.js';
import { ReasonKind } from '../reason/reason.enums.js';

export interface FindingData {
  partnerId: string;
  jobId?: string | null;
  severity: FindingSeverity;
  text: string;
  correctiveActionDueAt: Date;
  reasonCode?: string | null;
}

/** An auditor records a finding about a partner of the network, optionally on one of its jobs. */
export async function recordFinding({ em, viewer, clock }: Scope, input: FindingData): Promise<AuditFinding> {
  const now = clock.now();
  if (input.correctiveActionDueAt <= now) throw badInput('The corrective action must be due in the future', { field: 'correctiveActionDueAt' });
  return changeState(em, { at: now, actorId: viewer.userId }, async (tx, change) => {
    const membership = isUuid(input.partnerId) ? await tx.findOne(NetworkMembership, { manufacturer: viewer.orgId, partner: input.partnerId }) : null;
    if (!membership) throw notFound('Partner');
    let job: ServiceJob | null = null;
    if (input.jobId) {
      job = isUuid(input.jobId) ? await tx.findOne(ServiceJob, { id: input.jobId, manufacturer: viewer.orgId }) : null;
      if (!job) throw notFound('Job');
      if (job.assignedPartner?.id !== input.partnerId) throw badInput('The job was not done by this partner', { field: 'jobId' });
    }
    const reasonCode = input.reasonCode ? await reasonCodeFor(tx, viewer.orgId, ReasonKind.FINDING, input.reasonCode, 'reasonCode') : null;
    const finding = tx.create(AuditFinding, {
      manufacturer: viewer.orgId,
      partner: input.partnerId,
      job,
      severity: input.severity,
      text: input.text,
      reasonCode,
      correctiveActionDueAt: input.correctiveActionDueAt,
      recordedBy: viewer.userId,
      createdAt: now,
    });
    change.emit(
      EventKind.FINDING_RECORDED,
      { finding },
      {
        findingId: finding.id,
        severity: finding.severity,
        dueAt: finding.correctiveActionDueAt.toISOString(),
        ...(reasonCode && { reasonCode: reasonCode.code }),
      },
    );
    return finding;
  });
}

/** The partner confirms it has read the finding. */
export async function acknowledgeFinding({ em, viewer, clock }: Scope, id: string): Promise<AuditFinding> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const finding = await ownFinding(tx, viewer, id);
    if (finding.acknowledgedAt) return finding;
    const now = change.at;
    finding.acknowledgedAt = now;
    change.emit(EventKind.FINDING_ACKNOWLEDGED, { finding }, { findingId: finding.id });
    return finding;
  });
}

/** The partner reports the corrective action it took; acknowledging it on the way. */
export async function reportCorrectiveAction({ em, viewer, clock }: Scope, id: string, actionTaken: string): Promise<AuditFinding> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const finding = await ownFinding(tx, viewer, id);
    const now = change.at;
    finding.acknowledgedAt ??= now;
    finding.actionTaken = actionTaken;
    finding.actionReportedAt = now;
    change.emit(EventKind.FINDING_ACTION_REPORTED, { finding }, { findingId: finding.id, late: now > finding.correctiveActionDueAt });
    return finding;
  });
}

/** Staff see their network's findings, a partner admin its own; `overdue` narrows to those past due with no action reported. */
export async function listFindings({ em, viewer, clock }: Scope, filter: { partnerId?: string | null; overdue?: boolean | null }): Promise<AuditFinding[]> {
  const where: FilterQuery<AuditFinding>[] = [findingScope<AuditFinding>(viewer)];
  if (filter.partnerId) where.push({ partner: isUuid(filter.partnerId) ? filter.partnerId : null });
  if (filter.overdue) where.push({ actionReportedAt: null, correctiveActionDueAt: { $lt: clock.now() } });
  return em.find(AuditFinding, { $and: where }, { orderBy: { correctiveActionDueAt: 'asc', id: 'asc' }, limit: 500 });
}

async function ownFinding(tx: EntityManager, viewer: Viewer, id: string): Promise<AuditFinding> {
  const finding = isUuid(id) ? await tx.findOne(AuditFinding, { id, partner: viewer.orgId }) : null;
  if (!finding) throw notFound('Finding');
  return finding;
}
