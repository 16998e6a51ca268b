import type { JobStatus } from './job.enums.js';
import { canTake, type JobStep } from './job-transitions.js';
import { Capability, mayOnJob, type JobCapability, type JobParties } from '../access/policy.js';
import type { Viewer } from '../../shared/viewer.js';

/**
 * `ServiceJob.viewerCan`: the steps of a case file a viewer may take now, each the capability it
 * needs (the policy, with the viewer's part in the job) and its step in the transition table.
 */
export const JOB_ACTIONS = {
  offer: { capability: Capability.JOB_DISPATCH, step: 'offer' },
  autoDispatch: { capability: Capability.JOB_DISPATCH, step: 'offer' },
  accept: { capability: Capability.OFFER_ANSWER, step: 'accept' },
  decline: { capability: Capability.OFFER_ANSWER, step: 'accept' },
  schedule: { capability: Capability.JOB_SCHEDULE, step: 'schedule' },
  assignTechnician: { capability: Capability.TECHNICIAN_ASSIGN, step: 'schedule' },
  start: { capability: Capability.JOB_WORK, step: 'start' },
  requestParts: { capability: Capability.PARTS_REQUEST, step: 'requestParts' },
  complete: { capability: Capability.JOB_WORK, step: 'complete' },
  close: { capability: Capability.JOB_CLOSE, step: 'close' },
  reopen: { capability: Capability.JOB_REOPEN, step: 'reopen' },
  cancel: { capability: Capability.JOB_CANCEL, step: 'cancel' },
} as const satisfies Record<string, { capability: JobCapability; step: JobStep }>;

export type JobActions = Record<keyof typeof JOB_ACTIONS, boolean>;

type JobFacts = JobParties & { status: JobStatus };

/** What the planner reads for `viewerCan` (job.plan.ts `actionFacts`): the job's status and parties, and whether the viewer is an offeree. */
export interface JobActionFacts {
  status: JobStatus;
  manufacturerId: string;
  assignedPartnerId: string | null;
  technicianId: string | null;
  offeree: boolean;
}

/** The parties of a job as JobParties, from planned ids. */
export const partiesOf = (facts: Omit<JobActionFacts, 'offeree' | 'status'>): JobParties => ({
  manufacturer: { id: facts.manufacturerId },
  assignedPartner: facts.assignedPartnerId ? { id: facts.assignedPartnerId } : null,
  technician: facts.technicianId ? { id: facts.technicianId } : null,
});

/** `offeree`: the viewer's organization holds an open offer for the job. */
export function jobActions(viewer: Viewer, job: JobFacts, offeree: boolean): JobActions {
  const actions = {} as JobActions;
  for (const [name, { capability, step }] of Object.entries(JOB_ACTIONS) as [keyof JobActions, (typeof JOB_ACTIONS)[keyof JobActions]][]) {
    actions[name] = mayOnJob(viewer, capability, job, offeree) && canTake(job.status, step);
  }
  return actions;
}
