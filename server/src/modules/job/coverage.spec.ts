import { describe, expect, it } from 'vitest';
import { Coverage } from './job.enums.js';
import { deriveCoverage } from './coverage.js';
import { warrantyEnd } from '../catalog/warranty.js';

const at = (iso: string) => new Date(iso);

describe('the end of the warranty', () => {
  it.each([
    ['2024-03-15', 24, '2026-03-15T00:00:00.000Z'],
    ['2024-03-15', 0, '2024-03-15T00:00:00.000Z'],
    ['2024-11-30', 1, '2024-12-30T00:00:00.000Z'],
    ['2024-11-30', 2, '2025-01-30T00:00:00.000Z'],
    // A day the end month lacks rolls over into the next month, as Date.UTC does.
    ['2024-01-31', 1, '2024-03-02T00:00:00.000Z'],
    ['2024-02-29', 12, '2025-03-01T00:00:00.000Z'],
    ['2024-02-29', 48, '2028-02-29T00:00:00.000Z'],
  ])('sold %s with %i months: ends at %s', (saleDate, months, end) => {
    expect(warrantyEnd(saleDate, months).toISOString()).toBe(end);
  });
});

describe('who pays: warranty, contract or the customer', () => {
  it.each([
    // The warranty ends at the start of its end day (UTC): the last millisecond before it is covered.
    ['the day of the sale', '2024-03-15T00:00:00Z', false, Coverage.WARRANTY],
    ['the last millisecond of the warranty', '2026-03-14T23:59:59.999Z', false, Coverage.WARRANTY],
    ['the end day itself', '2026-03-15T00:00:00Z', false, Coverage.POST_WARRANTY],
    ['a day after', '2026-03-16T12:00:00Z', false, Coverage.POST_WARRANTY],
    ['under warranty with a contract too: warranty first', '2025-06-01T00:00:00Z', true, Coverage.WARRANTY],
    ['the end day, under contract', '2026-03-15T00:00:00Z', true, Coverage.CONTRACT],
    ['years later, under contract', '2030-01-01T00:00:00Z', true, Coverage.CONTRACT],
    // A clock before the sale date (bad data) still counts as under warranty.
    ['before the sale', '2024-01-01T00:00:00Z', false, Coverage.WARRANTY],
  ])('%s (%s, contract: %s) → %s', (_name, now, underContract, coverage) => {
    expect(deriveCoverage(at(now), '2024-03-15', 24, underContract)).toBe(coverage);
  });

  it.each([
    ['no warranty at all', 0, false, Coverage.POST_WARRANTY],
    ['no warranty, under contract', 0, true, Coverage.CONTRACT],
  ])('%s', (_name, months, underContract, coverage) => {
    expect(deriveCoverage(at('2024-03-15T00:00:00Z'), '2024-03-15', months, underContract)).toBe(coverage);
  });
});
