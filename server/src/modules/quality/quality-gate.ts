import type { QualityStandard } from './quality-standard.entity.js';
import { formatAmount, isAbove, money, type Money } from '../../shared/money.js';

export interface CompletionReport {
  resolution: string;
  failureCode?: string | null;
  checklist: { itemId: string; done: boolean; note?: string | null }[];
  /** Deprecated: kept with the report, but no longer evidence for the gate. */
  photoUrls?: string[] | null;
  /** Deprecated: a typed name; the gate wants a drawn signature (`signatureId`). */
  customerSignature?: string | null;
  laborMinutes?: number | null;
}

/** The evidence the report names that the gate can trust: uploaded attachments of this job, made after it started. */
export interface Evidence {
  photos: number;
  signature: boolean;
}

const NO_EVIDENCE: Evidence = { photos: 0, signature: false };

/** What the gate reads of a quality standard. */
export type GateStandard = Pick<
  QualityStandard,
  'checklist' | 'requiredReportFields' | 'minPhotos' | 'requiresSignature' | 'maxLaborMinutes' | 'laborRateCeiling' | 'currency'
>;

export interface MissingItem {
  kind: 'CHECKLIST_ITEM' | 'REPORT_FIELD' | 'PHOTO' | 'SIGNATURE';
  id: string;
  label: string;
}

/** What the standard requires and the report lacks; empty when the job may complete. */
export function missingForCompletion(standard: GateStandard | null | undefined, report: CompletionReport, evidence: Evidence = NO_EVIDENCE): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!report.resolution?.trim()) missing.push({ kind: 'REPORT_FIELD', id: 'resolution', label: 'Resolution' });
  if (!standard) return missing;
  const done = new Set(report.checklist.filter((answer) => answer.done).map((answer) => answer.itemId));
  for (const item of standard.checklist) {
    if (!done.has(item.id)) missing.push({ kind: 'CHECKLIST_ITEM', id: item.id, label: item.label });
  }
  for (const field of standard.requiredReportFields) {
    if (field === 'resolution') continue;
    const value = (report as unknown as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value.trim() === '') missing.push({ kind: 'REPORT_FIELD', id: field, label: fieldLabel(field) });
  }
  if (evidence.photos < standard.minPhotos) {
    const label =
      standard.minPhotos === 1
        ? 'At least one photo taken during the work'
        : `At least ${standard.minPhotos} photos taken during the work (${evidence.photos} so far)`;
    missing.push({ kind: 'PHOTO', id: 'photo', label });
  }
  if (standard.requiresSignature && !evidence.signature) {
    missing.push({ kind: 'SIGNATURE', id: 'signature', label: "The customer's drawn signature" });
  }
  return missing;
}

/**
 * Paid work is billed at or under the standard's labour ceiling and flat-rate time. A rate in
 * another currency than the ceiling cannot be compared without a conversion, which is never made:
 * that is a violation too, until the manufacturer sets a ceiling in the partner's currency.
 */
export function priceViolations(standard: GateStandard | null | undefined, laborMinutes: number, partnerLaborRate: Money | null): string[] {
  if (!standard) return [];
  const violations: string[] = [];
  if (laborMinutes > standard.maxLaborMinutes) {
    violations.push(`${laborMinutes} labour minutes exceed the flat rate of ${standard.maxLaborMinutes}`);
  }
  if (partnerLaborRate === null) return violations;
  const ceiling = money(standard.laborRateCeiling, standard.currency);
  const [rate, cap] = [formatAmount(partnerLaborRate), formatAmount(ceiling)];
  if (partnerLaborRate.currency !== ceiling.currency) {
    violations.push(`the labour rate is in ${partnerLaborRate.currency}, the ceiling in ${ceiling.currency}: amounts are never converted`);
  } else if (isAbove(partnerLaborRate, ceiling)) {
    violations.push(`the labour rate ${rate} ${partnerLaborRate.currency} exceeds the ceiling of ${cap} ${ceiling.currency}`);
  }
  return violations;
}

const fieldLabel = (field: string): string => (field === 'failureCode' ? 'Failure code' : field);
