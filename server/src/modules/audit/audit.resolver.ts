import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditFindingObject, FindingsArgs, RecordFindingInput, ReportActionArgs } from './audit.types.js';
import type { AuditFinding } from './audit-finding.entity.js';
import { acknowledgeFinding, listFindings, recordFinding, reportCorrectiveAction } from './audit.service.js';
import { OrganizationObject } from '../network/network.types.js';
import { Capability } from '../access/policy.js';
import { ServiceJobObject } from '../job/job.types.js';
import { ReasonCodeObject } from '../reason/reason.types.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => AuditFindingObject)
export class AuditResolver {
  @Authorized(Capability.FINDING_READ)
  @Query(() => [AuditFindingObject], { description: 'Staff: their network; a partner admin: its own. Soonest due first' })
  findings(@Args(() => FindingsArgs) args: FindingsArgs, @Ctx() context: Context): Promise<AuditFinding[]> {
    return listFindings(scopeOf(context), args);
  }

  @Authorized(Capability.FINDING_RECORD)
  @Mutation(() => AuditFindingObject)
  recordFinding(@Arg('input', () => RecordFindingInput) input: RecordFindingInput, @Ctx() context: Context): Promise<AuditFinding> {
    return recordFinding(scopeOf(context), { ...input, text: input.text.trim() });
  }

  @Authorized(Capability.FINDING_ANSWER)
  @Mutation(() => AuditFindingObject)
  acknowledgeFinding(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<AuditFinding> {
    return acknowledgeFinding(scopeOf(context), id);
  }

  @Authorized(Capability.FINDING_ANSWER)
  @Mutation(() => AuditFindingObject)
  reportCorrectiveAction(@Args(() => ReportActionArgs) { id, actionTaken }: ReportActionArgs, @Ctx() context: Context): Promise<AuditFinding> {
    return reportCorrectiveAction(scopeOf(context), id, actionTaken.trim());
  }

  @FieldResolver(() => OrganizationObject)
  partner(@Root() finding: AuditFinding, @Ctx() context: Context) {
    return context.loaders.organization.load(finding.partner.id);
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() finding: AuditFinding, @Ctx() context: Context) {
    return finding.job ? context.loaders.job.load(finding.job.id) : null;
  }

  @FieldResolver(() => ReasonCodeObject, { nullable: true })
  reasonCode(@Root() finding: AuditFinding, @Ctx() context: Context) {
    return finding.reasonCode ? context.loaders.reasonCode.load(finding.reasonCode.id) : null;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() finding: AuditFinding, @Ctx() context: Context): boolean {
    return !finding.actionReportedAt && finding.correctiveActionDueAt < context.deps.clock.now();
  }
}
