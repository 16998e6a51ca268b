import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { JobChargesObject, ReimbursementStatementObject } from './billing.types.js';
import { reimbursementStatement, type Statement } from './billing.service.js';
import type { JobCharges } from './charges.js';
import { ServiceJobObject } from '../job/job.types.js';
import { Capability } from '../access/policy.js';
import { DateTime } from '../../graphql/scalars.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => JobChargesObject)
export class BillingResolver {
  @Authorized(Capability.STATEMENT_READ)
  @Query(() => ReimbursementStatementObject, { description: "A partner's warranty and contract claims for a period" })
  reimbursementStatement(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: Context,
  ): Promise<Statement> {
    return reimbursementStatement(scopeOf(context), partnerId, from, to);
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() charges: JobCharges, @Ctx() context: Context) {
    return context.loaders.job.load(charges.jobId);
  }
}
