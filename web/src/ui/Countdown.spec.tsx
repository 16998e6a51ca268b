import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { loadMessages } from '../i18n/catalogues';
import type { MessageId, MessageValues } from '../i18n/hooks';
import { i18nWrapper } from '../i18n/testing';
import { Countdown, formatRemaining, formatWorking, urgency } from './Countdown';
import { Badge } from './Badge';

afterEach(cleanup);

type Translate = (id: MessageId, values?: MessageValues) => string;
let t: Translate;
let wrapper: Awaited<ReturnType<typeof i18nWrapper>>;
beforeAll(async () => {
  const intl = createIntl({ locale: 'en', messages: await loadMessages('en') });
  t = (id, values) => intl.formatMessage({ id }, values);
  wrapper = await i18nWrapper();
});

describe('Countdown', () => {
  it('writes the time left the way a dispatcher reads it', () => {
    expect(formatRemaining(4 * 60_000 + 10_000, t)).toBe('4m 10s');
    expect(formatRemaining(2 * 3600_000 + 5 * 60_000, t)).toBe('2h 05m');
    expect(formatRemaining(3 * 86_400_000 + 4 * 3600_000, t)).toBe('3d 4h');
    expect(formatRemaining(-(61 * 60_000), t)).toBe('1h 01m overdue');
  });

  it('turns amber in the warning window and red once past due', () => {
    expect(urgency(31 * 60_000, 30)).toBe('ok');
    expect(urgency(30 * 60_000, 30)).toBe('amber');
    expect(urgency(1, 30)).toBe('amber');
    expect(urgency(-1, 30)).toBe('red');
  });

  it('renders a labelled timer with the urgency as its look', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    render(<Countdown to="2026-11-22T10:10:00Z" label="Response" now={now} />, { wrapper });
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('Response 10m 00s');
    expect(timer.className).toContain('countdown-amber');
    expect(timer.getAttribute('title')).toBe('Nov 22, 2026, 10:10 AM');
    cleanup();
    render(<Countdown to="2026-11-22T09:00:00Z" label="Resolution" now={now} />, { wrapper });
    expect(screen.getByRole('timer').className).toContain('countdown-red');
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('Resolution: 1h 00m overdue');
  });

  it('shows a BUSINESS clock as the working time the server counted, and overdue only past the deadline itself', () => {
    expect(formatWorking(320, t)).toBe('5h 20m working time');
    expect(formatWorking(45, t)).toBe('45m working time');
    // Friday 18:00: the deadline is Monday 10:00, two working hours away, not 64 wall-clock hours.
    const now = Date.parse('2027-01-08T17:00:00Z');
    render(<Countdown to="2027-01-11T09:00:00Z" label="Resolution" warnMinutes={120} now={now} clock={{ mode: 'BUSINESS', workingMinutesLeft: 120 }} />, {
      wrapper,
    });
    expect(screen.getByRole('timer').textContent).toBe('Resolution 2h 00m working time');
    expect(screen.getByRole('timer').className).toContain('countdown-amber');
    cleanup();
    render(<Countdown to="2027-01-08T16:00:00Z" label="Resolution" now={now} clock={{ mode: 'BUSINESS', workingMinutesLeft: 0 }} />, { wrapper });
    expect(screen.getByRole('timer').textContent).toBe('Resolution 1h 00m overdue');
    expect(screen.getByRole('timer').className).toContain('countdown-red');
  });
});

describe('in German', () => {
  it('counts down, runs overdue and dates its deadline in German, in the reader’s time zone', async () => {
    const german = await i18nWrapper('de', 'Europe/Berlin');
    const now = Date.parse('2026-11-22T10:00:00Z');
    render(<Countdown to="2026-11-22T12:05:00Z" label="Lösung" now={now} />, { wrapper: german });
    expect(screen.getByRole('timer').textContent).toBe('Lösung 2 Std. 05 Min.');
    expect(screen.getByRole('timer').getAttribute('title')).toBe('22.11.2026, 13:05');
    cleanup();
    render(<Countdown to="2026-11-22T09:59:00Z" label="Reaktion" now={now} />, { wrapper: german });
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('Reaktion: 1 Min. 00 Sek. überfällig');
  });

  it('labels a status badge in German, and a value several enums share by the one it names', async () => {
    const german = await i18nWrapper('de');
    render(
      <>
        <Badge value="IN_PROGRESS" />
        <Badge value="AWAITING_PARTS" />
        <Badge value="RECEIVED" of="PartsRequestStatus" />
      </>,
      { wrapper: german },
    );
    expect(screen.getByText('In Arbeit').className).toContain('badge-busy');
    expect(screen.getByText('Wartet auf Teile')).toBeTruthy();
    expect(screen.getByText('Erhalten').className).toContain('badge-good');
  });
});
