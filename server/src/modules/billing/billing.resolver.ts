import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JobChargesObject } from './billing.types.js';
import type { JobCharges } from './charges.js';
import { ServiceJobObject } from '../job/job.types.js';
import type { Context } from '../../context.js';

/** A job's charges (ServiceJob.charges); the reimbursement statement reads claims (modules/claim). */
@Resolver(() => JobChargesObject)
export class BillingResolver {
  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() charges: JobCharges, @Ctx() context: Context) {
    return context.loaders.job.load(charges.jobId);
  }
}
