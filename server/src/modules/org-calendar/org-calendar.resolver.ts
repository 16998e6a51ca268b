import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';
import { BusinessCalendarInput, BusinessCalendarObject } from './org-calendar.types.js';
import { businessCalendars, setBusinessCalendar } from './org-calendar.service.js';

@Resolver(() => BusinessCalendarObject)
export class BusinessCalendarResolver {
  @Authorized()
  @Query(() => [BusinessCalendarObject], {
    description: "Calendars the caller's clocks meet: staff their manufacturer's and its partners'; a partner its own and its manufacturers'",
  })
  businessCalendars(@Ctx() context: Context): Promise<BusinessCalendarObject[]> {
    return businessCalendars(scopeOf(context));
  }

  @Authorized(Capability.BUSINESS_CALENDAR_SET)
  @Mutation(() => BusinessCalendarObject, {
    description:
      "Sets an organization's calendar (default: the caller's own): a manufacturer's admin its own and its partners', a partner's admin its own. Running jobs keep their deadlines.",
  })
  setBusinessCalendar(
    @Arg('calendar', () => BusinessCalendarInput) calendar: BusinessCalendarInput,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() context: Context,
  ): Promise<BusinessCalendarObject> {
    return setBusinessCalendar(scopeOf(context), organizationId, calendar);
  }
}
