import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18nWrapper } from '../../i18n/testing';
import { AppointmentTime } from './AppointmentTime';

afterEach(cleanup);

describe('AppointmentTime', () => {
  it("shows an appointment in the site's zone, and names the zone when it is not the reader's", async () => {
    render(<AppointmentTime at="2026-12-01T08:00:00.000Z" endsAt="2026-12-01T10:00:00.000Z" timeZone="Europe/Moscow" />, {
      wrapper: await i18nWrapper('de', 'Europe/Berlin'),
    });
    expect(screen.getByText('01.12.2026, 11:00 – 13:00')).toBeTruthy();
    expect(screen.getByText('(Ortszeit, Europe/Moscow)')).toBeTruthy();
  });

  it("says nothing of the zone when the site is in the reader's", async () => {
    const { container } = render(<AppointmentTime at="2026-12-01T08:00:00.000Z" timeZone="Europe/Berlin" />, {
      wrapper: await i18nWrapper('en', 'Europe/Berlin'),
    });
    expect(container.textContent).toBe('Dec 1, 2026, 9:00 AM');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01T08:00:00.000Z');
  });
});
