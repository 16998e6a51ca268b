import { useNow } from './useNow';

export type Urgency = 'ok' | 'amber' | 'red';

/** Time left to a deadline in words: "2h 05m", "4m 10s", or how long it is overdue. */
export function formatRemaining(ms: number): string {
  const abs = Math.abs(ms);
  const minutes = Math.floor(abs / 60_000);
  const text =
    minutes >= 24 * 60
      ? `${Math.floor(minutes / 1440)}d ${Math.floor((minutes % 1440) / 60)}h`
      : minutes >= 60
        ? `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`
        : `${minutes}m ${String(Math.floor((abs % 60_000) / 1000)).padStart(2, '0')}s`;
  return ms < 0 ? `${text} overdue` : text;
}

/** Amber in the last `warnMinutes`, red once past due. */
export function urgency(ms: number, warnMinutes: number): Urgency {
  if (ms < 0) return 'red';
  return ms <= warnMinutes * 60_000 ? 'amber' : 'ok';
}

export function Countdown({ to, label, warnMinutes = 30, now }: { to: string | null | undefined; label: string; warnMinutes?: number; now?: number }) {
  const ticking = useNow(1000);
  if (!to) return null;
  const remaining = new Date(to).getTime() - (now ?? ticking);
  const level = urgency(remaining, warnMinutes);
  return (
    <span className={`countdown countdown-${level}`} role="timer" aria-label={`${label}: ${formatRemaining(remaining)}`} title={new Date(to).toLocaleString()}>
      {label} {formatRemaining(remaining)}
    </span>
  );
}
