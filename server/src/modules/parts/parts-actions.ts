import { canTakePartsStep, type PartsRequestStatus, type PartsStep } from './parts.enums.js';
import { Capability, mayOnJob, type JobCapability, type JobParties } from '../access/policy.js';
import type { Viewer } from '../../shared/viewer.js';

/** `PartsRequest.viewerCan`: the steps of a parts request a viewer may take now, on the request's job. */
export const PARTS_ACTIONS = {
  decide: { capability: Capability.PARTS_DECIDE, step: 'decide' },
  ship: { capability: Capability.PARTS_SHIP, step: 'ship' },
  receive: { capability: Capability.PARTS_RECEIVE, step: 'receive' },
  returnLoaner: { capability: Capability.LOANER_RETURN, step: 'returnLoaner' },
} as const satisfies Record<string, { capability: JobCapability; step: PartsStep }>;

export type PartsActions = Record<keyof typeof PARTS_ACTIONS, boolean>;

/** What the planner reads for `viewerCan` (parts.plan.ts `actionFacts`): the request's status and its job's parties. */
export interface PartsActionFacts {
  status: PartsRequestStatus;
  manufacturerId: string;
  assignedPartnerId: string | null;
  technicianId: string | null;
}

export function partsActions(viewer: Viewer, request: { status: PartsRequestStatus }, job: JobParties): PartsActions {
  const actions = {} as PartsActions;
  for (const [name, { capability, step }] of Object.entries(PARTS_ACTIONS) as [keyof PartsActions, (typeof PARTS_ACTIONS)[keyof PartsActions]][]) {
    actions[name] = mayOnJob(viewer, capability, job) && canTakePartsStep(request.status, step);
  }
  return actions;
}
