import { graphql } from '../../gql';

export const BUSINESS_CALENDAR = graphql(`
  fragment BusinessCalendarFields on BusinessCalendar {
    organizationId organizationName timeZone holidayCountry holidayRegion closedDays version updatedAt
    hours { day intervals }
    extraWorkingDays { date intervals }
  }
`);

export const BUSINESS_CALENDARS = graphql(`
  query BusinessCalendars { businessCalendars { ...BusinessCalendarFields } }
`);

export const SET_BUSINESS_CALENDAR = graphql(`
  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!) { setBusinessCalendar(calendar: $calendar) { ...BusinessCalendarFields } }
`);
