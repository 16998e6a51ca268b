import type { ServiceJob } from './service-job.entity.js';
import { canTake, type JobStep } from './job-transitions.js';
import { Capability, mayOnJob, type JobCapability } from '../access/policy.js';
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

type JobFacts = Pick<ServiceJob, 'status' | 'manufacturer' | 'assignedPartner' | 'technician'>;

/** `offeree`: the viewer's organization holds an open offer for the job. */
export function jobActions(viewer: Viewer, job: JobFacts, offeree: boolean): JobActions {
  const actions = {} as JobActions;
  for (const [name, { capability, step }] of Object.entries(JOB_ACTIONS) as [keyof JobActions, (typeof JOB_ACTIONS)[keyof JobActions]][]) {
    actions[name] = mayOnJob(viewer, capability, job, offeree) && canTake(job.status, step);
  }
  return actions;
}
