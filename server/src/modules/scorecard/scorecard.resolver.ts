import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PartnerScorecardObject } from './scorecard.types.js';
import { partnerScorecards, type Scorecard } from './scorecard.service.js';
import { MANUFACTURER_ROLES, Role } from '../network/network.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => PartnerScorecardObject)
export class ScorecardResolver {
  @Authorized([...MANUFACTURER_ROLES, Role.PARTNER_ADMIN])
  @Query(() => [PartnerScorecardObject], { description: 'A partner gets its own row only' })
  partnerScorecards(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: Context,
  ): Promise<Scorecard[]> {
    return partnerScorecards(scopeOf(context), from, to);
  }
}
