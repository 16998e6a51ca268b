import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import {
  PartnerScorecardDetailObject,
  PartnerScorecardObject,
  PartnerStatusChangeObject,
  ScorecardPolicyInput,
  ScorecardPolicyObject,
} from './scorecard.types.js';
import { partnerScorecardDetail, partnerScorecards, type Scorecard } from './scorecard.service.js';
import { evaluatePartnerStatuses, type StatusChange } from './partner-status.service.js';
import { currentPolicy, setScorecardPolicy } from './scorecard-policy.service.js';
import type { ScorecardPolicy } from './scorecard-policy.entity.js';
import { Capability } from '../access/policy.js';
import { DateTime } from '../../graphql/scalars.js';
import { jobsBehindRead } from './scorecard.plan.js';
import { weeksSelectClaimFigures } from './scorecard-selection.js';
import { NOT_PLANNED, readPlanned } from '../../planner/read.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => PartnerScorecardObject)
export class ScorecardResolver {
  @Authorized(Capability.SCORECARD_READ)
  @Query(() => [PartnerScorecardObject], { description: 'A partner gets its own row only' })
  partnerScorecards(@Arg('from', () => DateTime) from: Date, @Arg('to', () => DateTime) to: Date, @Ctx() context: Context): Promise<Scorecard[]> {
    return partnerScorecards(scopeOf(context), from, to);
  }

  @Authorized(Capability.SCORECARD_READ)
  @Query(() => PartnerScorecardDetailObject, { description: "One partner's card with its weekly trend and the jobs behind each figure" })
  async partnerScorecard(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const detail = await partnerScorecardDetail(scopeOf(context), partnerId, from, to, weeksSelectClaimFigures(info));
    const ids = [...new Set(detail.jobsBehind.flatMap((figure) => figure.jobIds))];
    const planned = ids.length > 0 ? await readPlanned(context, info, jobsBehindRead, { ids }) : [];
    if (planned !== NOT_PLANNED) {
      const byId = new Map((planned as { id: string }[]).map((job) => [job.id, job]));
      return { ...detail, jobsBehind: detail.jobsBehind.map(({ figure, jobIds }) => ({ figure, jobs: jobIds.flatMap((id) => byId.get(id) ?? []) })) };
    }
    const jobsBehind = await Promise.all(
      detail.jobsBehind.map(async ({ figure, jobIds }) => ({
        figure,
        jobs: (await context.loaders.job.loadMany(jobIds)).filter((job) => job && !(job instanceof Error)),
      })),
    );
    return { ...detail, jobsBehind };
  }

  @Authorized(Capability.SCORECARD_POLICY_READ)
  @Query(() => ScorecardPolicyObject, { description: 'The weights and thresholds the scorecards and partner statuses follow' })
  scorecardPolicy(@Ctx() context: Context): Promise<ScorecardPolicy> {
    return currentPolicy(scopeOf(context));
  }

  @Authorized(Capability.SCORECARD_POLICY_SET)
  @Mutation(() => ScorecardPolicyObject)
  setScorecardPolicy(@Arg('input', () => ScorecardPolicyInput) input: ScorecardPolicyInput, @Ctx() context: Context): Promise<ScorecardPolicy> {
    return setScorecardPolicy(scopeOf(context), input);
  }

  @Authorized(Capability.PARTNER_STATUS_EVALUATE)
  @Mutation(() => [PartnerStatusChangeObject], { description: 'Applies the thresholds now (they are also applied every hour); returns what changed' })
  evaluatePartnerStatuses(@Ctx() context: Context): Promise<StatusChange[]> {
    const { em, viewer, clock } = scopeOf(context);
    return evaluatePartnerStatuses(em, viewer.orgId, clock.now(), viewer.userId);
  }
}
