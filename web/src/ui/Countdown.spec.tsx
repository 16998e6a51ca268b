import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Countdown, formatRemaining, formatWorking, urgency } from './Countdown';

afterEach(cleanup);

describe('Countdown', () => {
  it('writes the time left the way a dispatcher reads it', () => {
    expect(formatRemaining(4 * 60_000 + 10_000)).toBe('4m 10s');
    expect(formatRemaining(2 * 3600_000 + 5 * 60_000)).toBe('2h 05m');
    expect(formatRemaining(3 * 86_400_000 + 4 * 3600_000)).toBe('3d 4h');
    expect(formatRemaining(-(61 * 60_000))).toBe('1h 01m overdue');
  });

  it('turns amber in the warning window and red once past due', () => {
    expect(urgency(31 * 60_000, 30)).toBe('ok');
    expect(urgency(30 * 60_000, 30)).toBe('amber');
    expect(urgency(1, 30)).toBe('amber');
    expect(urgency(-1, 30)).toBe('red');
  });

  it('renders a labelled timer with the urgency as its look', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    render(<Countdown to="2026-11-22T10:10:00Z" label="Response" now={now} />);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('Response 10m 00s');
    expect(timer.className).toContain('countdown-amber');
    cleanup();
    render(<Countdown to="2026-11-22T09:00:00Z" label="Resolution" now={now} />);
    expect(screen.getByRole('timer').className).toContain('countdown-red');
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('Resolution: 1h 00m overdue');
  });

  it('shows a BUSINESS clock as the working time the server counted, and overdue only past the deadline itself', () => {
    expect(formatWorking(320)).toBe('5h 20m working time');
    expect(formatWorking(45)).toBe('45m working time');
    // Friday 18:00: the deadline is Monday 10:00, two working hours away, not 64 wall-clock hours.
    const now = Date.parse('2027-01-08T17:00:00Z');
    render(<Countdown to="2027-01-11T09:00:00Z" label="Resolution" warnMinutes={120} now={now} clock={{ mode: 'BUSINESS', workingMinutesLeft: 120 }} />);
    expect(screen.getByRole('timer').textContent).toBe('Resolution 2h 00m working time');
    expect(screen.getByRole('timer').className).toContain('countdown-amber');
    cleanup();
    render(<Countdown to="2027-01-08T16:00:00Z" label="Resolution" now={now} clock={{ mode: 'BUSINESS', workingMinutesLeft: 0 }} />);
    expect(screen.getByRole('timer').textContent).toBe('Resolution 1h 00m overdue');
    expect(screen.getByRole('timer').className).toContain('countdown-red');
  });
});
