import { ServiceJob } from './service-job.entity.js';
import { takeStep, assertStep } from './job-transitions.js';
import { JobStatus, JobType } from './job.enums.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { isPaidWork } from './job.service.js';
import { Organization } from '../network/organization.entity.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { missingForCompletion, priceRefusal, priceViolations, type CompletionReport } from '../quality/quality-gate.js';
import { evidenceFor, type EvidenceIds } from './job-evidence.js';
import { EventKind } from '../events/event.enums.js';
import { findVisibleJob } from './job-access.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { changeState } from '../events/change.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import type { Scope } from '../../shared/scope.js';
import { money } from '../../shared/money.js';
import { draftClaims } from '../billing/claim-draft.js';

export interface CompleteJobData extends CompletionReport, EvidenceIds {
  jobId: string;
}

/**
 * The quality gate: a job completes only with everything its standard requires (photos and a drawn
 * signature uploaded to this job since it started), and paid work only within the price rules.
 * A WARRANTY or CONTRACT job's completion also drafts its claim (billing/claim-draft.ts).
 */
export async function completeJob(scope: Scope, input: CompleteJobData): Promise<ServiceJob> {
  const { em, viewer, clock } = scope;
  const outcome = await changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const job = await findVisibleJob(tx, viewer, input.jobId, true);
    assertMayOnJob(viewer, Capability.JOB_WORK, job);
    assertStep(job.status, 'complete');
    const openChildren = await tx.count(ServiceJob, { parent: job.id, status: { $nin: [JobStatus.COMPLETED, JobStatus.CLOSED, JobStatus.CANCELLED] } });
    if (openChildren > 0) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot complete: ${openChildren} component job(s) are still open`, { openChildren });
    }
    const standard = job.qualityStandard ? await tx.findOneOrFail(QualityStandard, job.qualityStandard.id) : null;
    const known = new Set(standard?.checklist.map((item) => item.id) ?? []);
    const unknown = input.checklist.filter((answer) => !known.has(answer.itemId)).map((answer) => answer.itemId);
    if (unknown.length > 0) throw badInput(`Unknown checklist item(s): ${unknown.join(', ')}`, { field: 'checklist' });

    const now = change.at;
    const evidence = await evidenceFor(tx, job, input);
    const missing = missingForCompletion(standard, input, evidence);
    if (missing.length > 0) {
      // The job is untouched, but the refusal is history: it commits and counts on the scorecard.
      change.emit(EventKind.QUALITY_GATE_FAILED, { job }, { missing });
      return new AppError(
        ErrorCode.QUALITY_GATE_FAILED,
        `The job does not meet the quality standard. Missing: ${missing.map((item) => item.label).join('; ')}`,
        { missing },
      );
    }
    if (isPaidWork(job)) {
      const partner = await tx.findOneOrFail(Organization, job.assignedPartner!.id);
      const violations = priceViolations(standard, input.laborMinutes ?? 0, partner.laborRate ? money(partner.laborRate, partner.currency) : null);
      if (violations.length > 0) {
        // Recorded like a gate refusal: price compliance on the scorecard counts them.
        change.emit(EventKind.PRICE_REFUSED, { job }, priceRefusal(violations));
        const refusal = priceRefusal(violations);
        return new AppError(ErrorCode.PRICE_ABOVE_LIST, `Paid work must stay within the price list: ${refusal.violations.join('; ')}`, refusal);
      }
    }

    const move = takeStep(job, 'complete');
    recordReport(job, input, now);
    if (job.type === JobType.MAINTENANCE) {
      // The maintenance plan counts from the last visit.
      (await tx.findOneOrFail(EquipmentUnit, job.equipment.id)).lastMaintenanceAt = now;
    }
    // Warranty and contract work: the partner's claim on the manufacturer starts as a draft of the charges (read from the flushed job).
    await tx.flush();
    await draftClaims(tx, [job.id]);
    change.emit(EventKind.JOB_COMPLETED, { job }, { ...move, failureCode: job.failureCode ?? null });
    return job;
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}

/** What a passed gate writes onto the job: the service report's facts (the seed's written past writes them the same way). */
export function recordReport(job: ServiceJob, report: CompletionReport, at: Date): void {
  job.completedAt = at;
  job.resolution = report.resolution.trim();
  job.failureCode = report.failureCode?.trim() || null;
  job.checklistAnswers = report.checklist.map(({ itemId, done, note }) => ({ itemId, done, note: note ?? null }));
  job.photoUrls = report.photoUrls ?? null;
  job.customerSignature = report.customerSignature ?? null;
  job.laborMinutes = report.laborMinutes ?? null;
}
