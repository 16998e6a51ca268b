import { useFormat, useT, type MessageId, type MessageValues } from '../i18n/hooks';
import { useNow } from './useNow';

export type Urgency = 'ok' | 'amber' | 'red';

/** A catalogue lookup (useT's `t`): the pure formatters take it so that a spec can pass its own. */
type Translate = (id: MessageId, values?: MessageValues) => string;

/** Time left to a deadline in words, in the reader's language: "2h 05m", "4m 10s", or how long it is overdue. */
export function formatRemaining(ms: number, t: Translate): string {
  const abs = Math.abs(ms);
  const minutes = Math.floor(abs / 60_000);
  const text =
    minutes >= 24 * 60
      ? t('ui.duration.daysHours', { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60) })
      : minutes >= 60
        ? t('ui.duration.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
        : t('ui.duration.minutesSeconds', { minutes, seconds: Math.floor((abs % 60_000) / 1000) });
  return ms < 0 ? t('ui.countdown.overdue', { time: text }) : text;
}

/** Amber in the last `warnMinutes`, red once past due. */
export function urgency(ms: number, warnMinutes: number): Urgency {
  if (ms < 0) return 'red';
  return ms <= warnMinutes * 60_000 ? 'amber' : 'ok';
}

/** Working time left in words: "5h 20m working time"; hours, not days, as a working day is not 24 hours. */
export function formatWorking(minutes: number, t: Translate): string {
  const whole = Math.max(0, Math.round(minutes));
  const text =
    whole >= 60 ? t('ui.duration.hoursMinutes', { hours: Math.floor(whole / 60), minutes: whole % 60 }) : t('ui.duration.minutes', { minutes: whole });
  return t('ui.countdown.working', { time: text });
}

/** What the server says of a clock (ServiceJob.responseClock / resolutionClock). */
export interface ClockFacts {
  mode: 'CALENDAR' | 'BUSINESS';
  workingMinutesLeft?: number | null;
}

/**
 * A deadline counting down. A BUSINESS clock shows the working time left, as the server counted
 * it on the clock's calendar when the job was read (it stands still outside working hours);
 * overdue is always judged on the deadline itself, as the breach is.
 */
export function Countdown({
  to,
  label,
  warnMinutes = 30,
  now,
  clock,
}: {
  to: string | null | undefined;
  label: string;
  warnMinutes?: number;
  now?: number;
  clock?: ClockFacts | null;
}) {
  const ticking = useNow(1000);
  const t = useT();
  const format = useFormat();
  if (!to) return null;
  const remaining = new Date(to).getTime() - (now ?? ticking);
  const working = clock?.mode === 'BUSINESS' && typeof clock.workingMinutesLeft === 'number' && remaining >= 0 ? clock.workingMinutesLeft : null;
  const level = working === null ? urgency(remaining, warnMinutes) : urgency(working * 60_000, warnMinutes);
  const time = working === null ? formatRemaining(remaining, t) : formatWorking(working, t);
  return (
    <span className={`countdown countdown-${level}`} role="timer" aria-label={t('ui.countdown.aria', { label, time })} title={format.dateTime(to)}>
      {t('ui.countdown.text', { label, time })}
    </span>
  );
}
