import { Coverage } from './job.enums.js';
import { warrantyEnd } from '../catalog/warranty.js';

/** Warranty work is free to the customer; after it, a service contract or the list price pays. */
export function deriveCoverage(now: Date, saleDate: string, warrantyMonths: number, underContract: boolean): Coverage {
  if (now < warrantyEnd(saleDate, warrantyMonths)) return Coverage.WARRANTY;
  return underContract ? Coverage.CONTRACT : Coverage.POST_WARRANTY;
}
