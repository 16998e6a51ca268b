const TONE: Record<string, string> = {
  NEW: 'info',
  OFFERED: 'info',
  ASSIGNED: 'calm',
  SCHEDULED: 'calm',
  IN_PROGRESS: 'busy',
  AWAITING_PARTS: 'warn',
  COMPLETED: 'good',
  CLOSED: 'muted',
  CANCELLED: 'muted',
  PENDING: 'info',
  ACCEPTED: 'good',
  DECLINED: 'warn',
  EXPIRED: 'muted',
  WITHDRAWN: 'muted',
  ACTIVE: 'good',
  PROBATION: 'warn',
  SUSPENDED: 'bad',
  REQUESTED: 'info',
  APPROVED: 'good',
  PARTIALLY_APPROVED: 'warn',
  REJECTED: 'bad',
  SHIPPED: 'busy',
  RECEIVED: 'good',
};

export const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export function Badge({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return <span className={`badge badge-${TONE[value] ?? 'calm'}`}>{humanize(value)}</span>;
}
