import { INSPECTION_REJECTIONS } from '../billing/claim.enums.js';

export enum ReturnState {
  REQUESTED = 'REQUESTED',
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  INSPECTED = 'INSPECTED',
}

export enum InspectionResult {
  CONFIRMED_FAULT = 'CONFIRMED_FAULT',
  NO_FAULT_FOUND = 'NO_FAULT_FOUND',
  MISUSE = 'MISUSE',
}

/** The claim line's decision reason code an inspection sets (a fixed code, not a manufacturer's CLAIM_LINE reason). */
export const REJECTING_RESULTS: Partial<Record<InspectionResult, string>> = {
  [InspectionResult.NO_FAULT_FOUND]: INSPECTION_REJECTIONS.NO_FAULT_FOUND,
  [InspectionResult.MISUSE]: INSPECTION_REJECTIONS.MISUSE,
};

/** Calendar days the partner has to ship a requested part back. */
export const RETURN_DAYS = 14;
