import type { Money } from '../../shared/money.js';

/**
 * What the exports write, read once per request (exports.query.ts): claims with their lines and
 * amounts as stored, money exact and per currency (nothing is converted or added across currencies).
 */
export interface ExportLine {
  position: number;
  kind: string;
  description: string;
  partSku: string | null;
  quantity: string;
  minutes: number | null;
  unitPrice: Money;
  amount: Money;
  ownStock: boolean;
  faultySerial: string | null;
  replacementSerial: string | null;
  decision: string | null;
  approvedAmount: Money | null;
  reasonCode: string | null;
  reason: string | null;
}

export interface ExportMessage {
  kind: string;
  text: string;
  author: string | null;
  createdAt: Date;
}

export interface ExportClaim {
  id: string;
  number: string;
  state: string;
  coverage: string;
  jobNumber: string | null;
  partner: string;
  manufacturer: string;
  submittedAt: Date | null;
  reviewDueAt: Date | null;
  reviewedAt: Date | null;
  paidAt: Date | null;
  paymentReference: string | null;
  lines: ExportLine[];
  messages: ExportMessage[];
  claimed: Money[];
  approved: Money[];
}

export interface ExportStateTotal {
  state: string;
  count: number;
  claimed: Money[];
  approved: Money[];
}

export interface ExportStatement {
  partner: string;
  manufacturer: string | null;
  from: Date;
  to: Date;
  claims: ExportClaim[];
  byState: ExportStateTotal[];
  claimedTotal: Money[];
  approvedTotal: Money[];
  paidTotal: Money[];
}
