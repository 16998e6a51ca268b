import { afterEach, describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { i18nWrapper } from '../../i18n/testing';
import type { BusinessCalendarFieldsFragment } from '../../gql/graphql';
import { BusinessCalendarForm } from './BusinessCalendarForm';

afterEach(cleanup);

const CALENDAR: BusinessCalendarFieldsFragment = {
  __typename: 'BusinessCalendar',
  organizationId: 'o1',
  organizationName: 'Kältetechnik Nord',
  timeZone: 'Europe/Berlin',
  holidayCountry: 'DE',
  holidayRegion: 'HH',
  closedDays: ['2026-12-24'],
  version: 4,
  updatedAt: '2026-11-30T09:00:00.000Z',
  hours: [
    { __typename: 'WorkingHours', day: 'MON', intervals: ['08:00-12:00', '13:00-17:00'] },
    { __typename: 'WorkingHours', day: 'FRI', intervals: ['08:00-14:00'] },
  ],
  extraWorkingDays: [{ __typename: 'ExtraWorkingDay', date: '2026-12-19', intervals: ['09:00-13:00'] }],
};

/** The form in German, with a client that is never asked (nothing is submitted here). */
async function renderInGerman(ui: ReactNode) {
  const I18n = await i18nWrapper('de', 'Europe/Berlin');
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
  return render(
    <ApolloProvider client={client}>
      <I18n>{ui}</I18n>
    </ApolloProvider>,
  );
}

describe('BusinessCalendarForm', () => {
  it("shows the organization's calendar in German: weekdays named by the locale, custom days formatted, hours as written", async () => {
    await renderInGerman(<BusinessCalendarForm calendar={CALENDAR} />);
    expect((screen.getByLabelText('Montag') as HTMLInputElement).value).toBe('08:00-12:00, 13:00-17:00');
    expect((screen.getByLabelText('Freitag') as HTMLInputElement).value).toBe('08:00-14:00');
    expect((screen.getByLabelText('Sonntag') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Zeitzone') as HTMLInputElement).value).toBe('Europe/Berlin');
    expect(screen.getByText('24.12.2026')).toBeTruthy();
    expect(screen.getByText('19.12.2026: 09:00-13:00')).toBeTruthy();
    expect(screen.getByRole('button', { name: '24.12.2026 entfernen' })).toBeTruthy();
    expect(screen.getByText(/^Version 4, geändert/)).toBeTruthy();
  });

  it('refuses hours it cannot read, in German, until they are mended', async () => {
    await renderInGerman(<BusinessCalendarForm calendar={CALENDAR} />);
    const save = screen.getByRole('button', { name: 'Kalender speichern' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    fireEvent.change(screen.getByLabelText('Dienstag'), { target: { value: 'ab acht' } });
    expect(screen.getByText('Zeiten als 08:00-17:00 schreiben, mehrere durch Kommas getrennt.')).toBeTruthy();
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Dienstag'), { target: { value: '08:00-16:00' } });
    expect(save.disabled).toBe(false);
  });

  it('starts a new calendar from a working week in the browser zone when the organization has none', async () => {
    await renderInGerman(<BusinessCalendarForm calendar={null} />);
    expect(screen.getByText(/noch keinen Kalender/)).toBeTruthy();
    expect((screen.getByLabelText('Mittwoch') as HTMLInputElement).value).toBe('08:00-17:00');
    expect((screen.getByLabelText('Samstag') as HTMLInputElement).value).toBe('');
  });
});
