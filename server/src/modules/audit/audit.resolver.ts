import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditFindingObject, FindingsArgs, RecordFindingInput, ReportActionArgs } from './audit.types.js';
import type { AuditFinding } from './audit-finding.entity.js';
import { acknowledgeFinding, listFindings, recordFinding, reportCorrectiveAction } from './audit.service.js';
import { OrganizationObject } from '../network/network.types.js';
import { MANUFACTURER_ROLES, Role } from '../network/network.enums.js';
import { ServiceJobObject } from '../job/job.types.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => AuditFindingObject)
export class AuditResolver {
  @Authorized([...MANUFACTURER_ROLES, Role.PARTNER_ADMIN])
  @Query(() => [AuditFindingObject], { description: 'Staff: their network; a partner admin: its own. Soonest due first' })
  findings(@Args(() => FindingsArgs) args: FindingsArgs, @Ctx() context: Context): Promise<AuditFinding[]> {
    return listFindings(scopeOf(context), args);
  }

  @Authorized([Role.AUDITOR, Role.ADMIN])
  @Mutation(() => AuditFindingObject)
  recordFinding(@Arg('input', () => RecordFindingInput) input: RecordFindingInput, @Ctx() context: Context): Promise<AuditFinding> {
    return recordFinding(scopeOf(context), { ...input, text: input.text.trim() });
  }

  @Authorized([Role.PARTNER_ADMIN])
  @Mutation(() => AuditFindingObject)
  acknowledgeFinding(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<AuditFinding> {
    return acknowledgeFinding(scopeOf(context), id);
  }

  @Authorized([Role.PARTNER_ADMIN])
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

  @FieldResolver(() => Boolean)
  overdue(@Root() finding: AuditFinding, @Ctx() context: Context): boolean {
    return !finding.actionReportedAt && finding.correctiveActionDueAt < context.deps.clock.now();
  }
}
