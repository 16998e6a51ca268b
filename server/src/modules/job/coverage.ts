import { Coverage } from './job.enums.js';

/** The warranty ends `warrantyMonths` after the sale date (a calendar date, kept in UTC). */
export function warrantyEnd(saleDate: string, warrantyMonths: number): Date {
  const [year, month, day] = saleDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + warrantyMonths, day));
}

/** Warranty work is free to the customer; after it, a service contract or the list price pays. */
export function deriveCoverage(now: Date, saleDate: string, warrantyMonths: number, underContract: boolean): Coverage {
  if (now < warrantyEnd(saleDate, warrantyMonths)) return Coverage.WARRANTY;
  return underContract ? Coverage.CONTRACT : Coverage.POST_WARRANTY;
}
