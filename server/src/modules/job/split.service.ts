import type { ServiceJob } from './service-job.entity.js';
import type { JobType } from './job.enums.js';
import { OPEN_STATUSES } from './job-transitions.js';
import { registerJob } from './job-registration.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import { EventKind } from '../events/event.enums.js';
import { findVisibleJob } from './job-access.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { changeState } from '../events/change.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';

export interface ComponentData {
  productLineId: string;
  description: string;
  type?: JobType | null;
}

/**
 * Splits a job on complex equipment into component jobs, each judged and dispatched on its
 * component's product line (consortium partners certified for it). The parent stays open and
 * completes only once every component job is done.
 */
export async function splitJob({ em, viewer, clock }: Scope, jobId: string, components: ComponentData[]): Promise<ServiceJob[]> {
  if (components.length === 0 || components.length > 20) throw badInput('Split into between 1 and 20 component jobs', { field: 'components' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const parent = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_SPLIT, parent);
    if (!OPEN_STATUSES.includes(parent.status)) throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot split a job that is ${parent.status}`);
    if (parent.parent) throw badInput('A component job cannot be split again', { field: 'jobId' });
    const children: ServiceJob[] = [];
    for (const component of components) {
      const line = isUuid(component.productLineId) ? await tx.findOne(ProductLine, { id: component.productLineId, manufacturer: viewer.orgId }) : null;
      if (!line) throw notFound('Product line');
      const child = await registerJob(tx, change, {
        unit: { id: parent.equipment.id },
        type: component.type ?? parent.type,
        description: component.description.trim(),
        createdBy: viewer.userId,
        parent,
        componentLineId: line.id,
        origin: 'SPLIT',
      });
      children.push(child!);
    }
    change.emit(EventKind.JOB_SPLIT, { job: parent }, { children: children.map((child) => child.id) });
    return children;
  });
}
