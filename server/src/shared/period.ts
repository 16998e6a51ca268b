import { badInput } from './errors.js';

const MAX_PERIOD_DAYS = 3 * 366;
const DAY = 86_400_000;

export function assertPeriod(from: Date, to: Date): void {
  if (!(from < to)) throw badInput('The period must start before it ends', { field: 'from' });
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY) throw badInput('The period may span at most three years', { field: 'to' });
}
