import { describe, expect, it } from 'vitest';
import { money, type Money } from '../../shared/money.js';
import { missingForCompletion, priceViolations, type CompletionReport, type Evidence, type GateStandard, type MissingItem } from './quality-gate.js';

const standard = (changes: Partial<GateStandard> = {}): GateStandard => ({
  checklist: [
    { id: 'safety', label: 'Safety check done' },
    { id: 'test-run', label: 'Test run under load' },
  ],
  requiredReportFields: ['resolution', 'failureCode'],
  minPhotos: 0,
  requiresSignature: false,
  maxLaborMinutes: 240,
  laborRateCeiling: '90.00',
  currency: 'EUR',
  ...changes,
});

/** A report that meets `standard()` in full. */
const report = (changes: Partial<CompletionReport> = {}): CompletionReport => ({
  resolution: 'Replaced the valve',
  failureCode: 'E-MECH',
  checklist: [
    { itemId: 'safety', done: true },
    { itemId: 'test-run', done: true },
  ],
  ...changes,
});

const RESOLUTION: MissingItem = { kind: 'REPORT_FIELD', id: 'resolution', label: 'Resolution', code: 'gate.resolution', params: {} };
const FAILURE_CODE: MissingItem = { kind: 'REPORT_FIELD', id: 'failureCode', label: 'Failure code', code: 'gate.failureCode', params: {} };
const SAFETY: MissingItem = {
  kind: 'CHECKLIST_ITEM',
  id: 'safety',
  label: 'Safety check done',
  code: 'gate.checklistItem',
  params: { item: 'Safety check done' },
};
const TEST_RUN: MissingItem = {
  kind: 'CHECKLIST_ITEM',
  id: 'test-run',
  label: 'Test run under load',
  code: 'gate.checklistItem',
  params: { item: 'Test run under load' },
};
const PHOTO: MissingItem = {
  kind: 'PHOTO',
  id: 'photo',
  label: 'At least one photo taken during the work',
  code: 'gate.photos',
  params: { required: 1, taken: 0 },
};
const TWO_PHOTOS = (sofar: number): MissingItem => ({
  kind: 'PHOTO',
  id: 'photo',
  label: `At least 2 photos taken during the work (${sofar} so far)`,
  code: 'gate.photos',
  params: { required: 2, taken: sofar },
});
const SIGNATURE: MissingItem = { kind: 'SIGNATURE', id: 'signature', label: "The customer's drawn signature", code: 'gate.signature', params: {} };
const field = (id: string): MissingItem => ({ kind: 'REPORT_FIELD', id, label: id, code: 'gate.reportField', params: { field: id } });
const NONE: Evidence = { photos: 0, signature: false };

/** Name, standard, report, what is missing, and the evidence uploaded (none unless given). */
type GateCase = [string, GateStandard | null, CompletionReport, MissingItem[], Evidence?];

describe('the quality gate: what a report lacks', () => {
  it.each<GateCase>([
    ['a complete report passes', standard(), report(), []],
    ['without a standard, only the resolution counts', null, report({ failureCode: null, checklist: [] }), []],
    ['without a standard, a blank resolution is refused', null, report({ resolution: '  ' }), [RESOLUTION]],
    ['an empty resolution', standard(), report({ resolution: '' }), [RESOLUTION]],
    ['a blank resolution, even where the standard names it', standard({ requiredReportFields: ['resolution'] }), report({ resolution: ' \n' }), [RESOLUTION]],
    ['a checklist item left out', standard(), report({ checklist: [{ itemId: 'safety', done: true }] }), [TEST_RUN]],
    [
      'a checklist item answered not done',
      standard(),
      report({
        checklist: [
          { itemId: 'safety', done: false, note: 'no time' },
          { itemId: 'test-run', done: true },
        ],
      }),
      [SAFETY],
    ],
    ['an empty checklist, in the standard order', standard(), report({ checklist: [] }), [SAFETY, TEST_RUN]],
    [
      'an answer to an item the standard lacks counts for nothing',
      standard(),
      report({
        checklist: [
          { itemId: 'other', done: true },
          { itemId: 'test-run', done: true },
        ],
      }),
      [SAFETY],
    ],
    ['a required failure code missing', standard(), report({ failureCode: undefined }), [FAILURE_CODE]],
    ['a required failure code null', standard(), report({ failureCode: null }), [FAILURE_CODE]],
    ['a required failure code blank', standard(), report({ failureCode: '   ' }), [FAILURE_CODE]],
    ['a failure code not required', standard({ requiredReportFields: ['resolution'] }), report({ failureCode: null }), []],
    ['another required field is named by its key', standard({ requiredReportFields: ['customerSignature'] }), report(), [field('customerSignature')]],
    ['a required field that is not text', standard({ requiredReportFields: ['laborMinutes'] }), report({ laborMinutes: 60 }), [field('laborMinutes')]],
    ['a photo required, none uploaded', standard({ minPhotos: 1 }), report(), [PHOTO]],
    ['a photo required, only addresses (deprecated) sent', standard({ minPhotos: 1 }), report({ photoUrls: ['https://photos.test/1.jpg'] }), [PHOTO]],
    ['a photo required, one uploaded', standard({ minPhotos: 1 }), report(), [], { photos: 1, signature: false }],
    ['two photos required, one uploaded', standard({ minPhotos: 2 }), report(), [TWO_PHOTOS(1)], { photos: 1, signature: false }],
    ['two photos required, three uploaded', standard({ minPhotos: 2 }), report(), [], { photos: 3, signature: false }],
    ['a signature required, none uploaded', standard({ requiresSignature: true }), report(), [SIGNATURE]],
    ['a signature required, only a typed name (deprecated)', standard({ requiresSignature: true }), report({ customerSignature: 'A. Customer' }), [SIGNATURE]],
    ['a signature required, drawn and uploaded', standard({ requiresSignature: true }), report(), [], { photos: 0, signature: true }],
    [
      'everything missing at once: resolution, checklist, fields, photo, signature, in that order',
      standard({ minPhotos: 1, requiresSignature: true }),
      { resolution: '', checklist: [] },
      [RESOLUTION, SAFETY, TEST_RUN, FAILURE_CODE, PHOTO, SIGNATURE],
    ],
  ])('%s', (_name, gate, answer, expected, evidence = NONE) => {
    expect(missingForCompletion(gate, answer, evidence)).toEqual(expected);
  });
});

describe('the price check on paid work', () => {
  it('says each violation as a code with its parameters', () => {
    expect(priceViolations(standard({ maxLaborMinutes: 30, laborRateCeiling: '50.00' }), 45, money('75', 'EUR'))).toEqual([
      { code: 'price.overFlatRate', params: { minutes: 45, maxMinutes: 30 }, text: '45 labour minutes exceed the flat rate of 30' },
      {
        code: 'price.rateAboveCeiling',
        params: { rate: '75.00', rateCurrency: 'EUR', ceiling: '50.00', ceilingCurrency: 'EUR' },
        text: 'the labour rate 75.00 EUR exceeds the ceiling of 50.00 EUR',
      },
    ]);
  });

  const eur = (amount: string): Money => money(amount, 'EUR');
  it.each<[string, GateStandard | null, number, Money | null, string[]]>([
    ['no standard, no limit', null, 10_000, eur('500'), []],
    ['under the flat rate and the ceiling', standard(), 60, eur('70'), []],
    ['exactly the flat rate', standard(), 240, eur('70'), []],
    ['one minute over the flat rate', standard(), 241, eur('70'), ['241 labour minutes exceed the flat rate of 240']],
    ['exactly the rate ceiling', standard(), 60, eur('90.00'), []],
    ['a cent over the rate ceiling', standard(), 60, eur('90.01'), ['the labour rate 90.01 EUR exceeds the ceiling of 90.00 EUR']],
    ['no agreed rate: only the time is checked', standard(), 60, null, []],
    [
      'both over',
      standard({ maxLaborMinutes: 30, laborRateCeiling: '50.00' }),
      45,
      eur('75'),
      ['45 labour minutes exceed the flat rate of 30', 'the labour rate 75.00 EUR exceeds the ceiling of 50.00 EUR'],
    ],
    [
      'a rate in another currency than the ceiling',
      standard(),
      60,
      money('600', 'DKK'),
      ['the labour rate is in DKK, the ceiling in EUR: amounts are never converted'],
    ],
  ])('%s', (_name, gate, minutes, rate, expected) => {
    expect(priceViolations(gate, minutes, rate).map((violation) => violation.text)).toEqual(expected);
  });
});
