import type { QualityStandard } from './quality-standard.entity.js';
import { formatAmount, isAbove, money, type Money } from '../../shared/money.js';
import { phrase, type Phrase, type PhraseCode, type PhraseParams } from '../../shared/phrases.js';

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
  /** In English (the phrase's text). */
  label: string;
  /** The same as a code with parameters (gate.*), for the reader's language. */
  code: PhraseCode;
  params: PhraseParams;
}

const item = (kind: MissingItem['kind'], id: string, said: Phrase): MissingItem => ({ kind, id, label: said.text, code: said.code, params: said.params });

/** What the standard requires and the report lacks; empty when the job may complete. */
export function missingForCompletion(standard: GateStandard | null | undefined, report: CompletionReport, evidence: Evidence = NO_EVIDENCE): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!report.resolution?.trim()) missing.push(item('REPORT_FIELD', 'resolution', phrase('gate.resolution')));
  if (!standard) return missing;
  const done = new Set(report.checklist.filter((answer) => answer.done).map((answer) => answer.itemId));
  for (const entry of standard.checklist) {
    // The item's label is the manufacturer's text: a parameter, shown as written.
    if (!done.has(entry.id)) missing.push(item('CHECKLIST_ITEM', entry.id, phrase('gate.checklistItem', { item: entry.label })));
  }
  for (const field of standard.requiredReportFields) {
    if (field === 'resolution') continue;
    const value = (report as unknown as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value.trim() === '') missing.push(item('REPORT_FIELD', field, fieldPhrase(field)));
  }
  if (evidence.photos < standard.minPhotos) {
    missing.push(item('PHOTO', 'photo', phrase('gate.photos', { required: standard.minPhotos, taken: evidence.photos })));
  }
  if (standard.requiresSignature && !evidence.signature) {
    missing.push(item('SIGNATURE', 'signature', phrase('gate.signature')));
  }
  return missing;
}

/**
 * Paid work is billed at or under the standard's labour ceiling and flat-rate time. A rate in
 * another currency than the ceiling cannot be compared without a conversion, which is never made:
 * that is a violation too, until the manufacturer sets a ceiling in the partner's currency.
 */
export function priceViolations(standard: GateStandard | null | undefined, laborMinutes: number, partnerLaborRate: Money | null): Phrase[] {
  if (!standard) return [];
  const violations: Phrase[] = [];
  const say = (code: PhraseCode, params: PhraseParams) => violations.push(phrase(code, params));
  if (laborMinutes > standard.maxLaborMinutes) say('price.overFlatRate', { minutes: laborMinutes, maxMinutes: standard.maxLaborMinutes });
  if (partnerLaborRate === null) return violations;
  const ceiling = money(standard.laborRateCeiling, standard.currency);
  const [rate, cap] = [formatAmount(partnerLaborRate), formatAmount(ceiling)];
  if (partnerLaborRate.currency !== ceiling.currency) {
    say('price.currencyMismatch', { rateCurrency: partnerLaborRate.currency, ceilingCurrency: ceiling.currency });
  } else if (isAbove(partnerLaborRate, ceiling)) {
    say('price.rateAboveCeiling', { rate, rateCurrency: partnerLaborRate.currency, ceiling: cap, ceilingCurrency: ceiling.currency });
  }
  return violations;
}

const fieldPhrase = (field: string): Phrase => (field === 'failureCode' ? phrase('gate.failureCode') : phrase('gate.reportField', { field }));

/** A price refusal as events and errors carry it: the English texts, and beside them the codes with their parameters. */
export const priceRefusal = (violations: readonly Phrase[]) => ({
  violations: violations.map((violation) => violation.text),
  violationCodes: violations.map(({ code, params }) => ({ code, params })),
});
