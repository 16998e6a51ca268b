import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UTC_LOCALE, humanize, reportFormat } from './service-report.format.js';
import { checklistOf } from './service-report.query.js';
import { renderServiceReport } from './service-report.render.js';
import type { ServiceReportInput } from './service-report.types.js';

// Real encoder output (Chromium's canvas): a 16×12 JPEG photo and a 24×8 PNG signature with transparency.
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAMABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAABAX/xAAaEAACAgMAAAAAAAAAAAAAAAAAIQEEAgMx/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwT/xAAXEQADAQAAAAAAAAAAAAAAAAAAAQME/9oADAMBAAIRAxEAPwA9bRxFato4g9bCEVq2EJE+qzGyQR//2Q==',
  'base64',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAICAYAAADjoT9jAAABX0lEQVR4AcyQv0rDYBTFz40VVGyTwUJFaLLp4BMoNikOKiIo9glc6uBS6OILuAjdxD/g5CSCk9AOgmmxg5sOKlSHtEUHFWmaKmqbfN4KlkxOCh6+H1zOdy+HeyX8sf5jgBGQVWM9pOoZOWok+iMT4Z+O0NkgpBnTimrsKZpxrqj6i6zqV7Km7zOrIS0+JUfjk7JmJBUVJhHSElGKJBwEeroeOPBGVvUdRY0tBTVjBD59BSianuIiC4hFxhagTSIqARQj0JoEkSNJHBOwJSDGBLBcs0xqeTTqCawAuABoASTtdgHXHPiIgfEgWBKvOgNQhodyNectUrPyul020zXLnLctc/DDbQ61XE9v4zZbw3Z3Xy/722A1KieX9bK5wf0JJtwJJHGIp6LDLZDq5XzW9TDHQ7N4Pqu3TT+v1eJ9o1ootHHuTku4zb77//11J9DKJ799vgzgVMwjNjzm198nAAAA///xK+cAAAAABklEQVQDAFitkBFyiij4AAAAAElFTkSuQmCC',
  'base64',
);

const at = (iso: string) => new Date(iso);

const report = (changes: Partial<ServiceReportInput> = {}): ServiceReportInput => ({
  locale: UTC_LOCALE,
  manufacturer: { name: 'Maker Climate GmbH' },
  job: { number: 'J-2026-000042', type: 'REPAIR', description: 'Compressor trips after ten minutes.' },
  customer: { name: 'Bäckerei Müller', email: 'info@mueller.example', phone: '+49 89 1234' },
  site: { address: 'Hauptstraße 5, 80331 München', region: 'DE-BY' },
  equipment: {
    model: 'CoolLine 500',
    serial: 'CL5-0001234',
    productLine: 'Refrigeration',
    coverage: 'WARRANTY',
    saleDate: '2025-06-01',
    warrantyEndsAt: at('2027-06-01T00:00:00Z'),
    underContract: false,
  },
  partner: { name: 'Alpine Service' },
  technician: { name: 'Tina Technik', email: 'tech@alpine-service.demo' },
  times: {
    createdAt: at('2026-11-28T08:00:00Z'),
    acceptedAt: at('2026-11-28T08:12:00Z'),
    startedAt: at('2026-11-29T09:30:00Z'),
    completedAt: at('2026-11-29T11:05:00Z'),
    appointmentAt: at('2026-11-29T09:00:00Z'),
  },
  work: { resolution: 'Replaced the start capacitor; tested for 30 minutes.', failureCode: 'E-ELEC', laborMinutes: 95 },
  checklist: [
    { label: 'Unit isolated and locked out before work', done: true, note: null },
    { label: 'Root cause identified and recorded', done: false, note: 'Supplier to confirm' },
    { label: 'Function test under load passed', done: null, note: null },
  ],
  parts: [
    { sku: 'CAP-45UF', name: 'Start capacitor 45 µF', quantity: 2, approvedQuantity: 1, loaner: false, status: 'RECEIVED' },
    { sku: 'LOAN-CL5', name: 'Loaner cooler', quantity: 1, approvedQuantity: null, loaner: true, status: 'REQUESTED' },
  ],
  photos: [
    { data: JPEG, caption: 'Before: the burnt capacitor' },
    { data: PNG, caption: 'After: the new capacitor' },
    { data: new Uint8Array(JPEG), caption: 'Type plate' },
  ],
  signature: { data: PNG, signerName: 'Hans Müller', signedAt: at('2026-11-29T11:04:00Z') },
  generatedAt: at('2026-11-29T11:05:30Z'),
  ...changes,
});

const folder = mkdtempSync(join(tmpdir(), 'service-report-spec-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let written = 0;

/** The PDF's text as Debian's pdftotext reads it (pages separated by form feeds), and its images as pdfimages lists them. */
function read(pdf: Buffer): { pages: string[]; images: string[] } {
  const file = join(folder, `report-${written++}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const listing = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // Transparency is a soft mask beside its image ("smask"): count the images themselves.
  const images = listing.map((row) => row.trim().split(/\s+/)[2]).filter((type) => type === 'image');
  return { pages: text.split('\f').filter((page) => page.trim() !== ''), images };
}

describe('the service report', () => {
  it('shows the job, equipment, people, times, work, checklist, parts, photos and signature', async () => {
    const { pages, images } = read(await renderServiceReport(report()));
    const text = pages.join('\n');
    for (const expected of [
      'Maker Climate GmbH',
      'J-2026-000042',
      'Bäckerei Müller',
      'Hauptstraße 5, 80331 München',
      'CL5-0001234',
      'CoolLine 500',
      'Refrigeration',
      'Warranty',
      '1 Jun 2027',
      'Alpine Service',
      'Tina Technik',
      'TIMES (UTC)',
      '28 Nov 2026, 08:12',
      '29 Nov 2026, 09:00',
      '29 Nov 2026, 11:05',
      'Replaced the start capacitor',
      'E-ELEC',
      '95 min (1 h 35 min)',
      'Before: the burnt capacitor',
      'Type plate',
      'Hans Müller',
      'Signed 29 Nov 2026, 11:04',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Unit isolated and locked out before work\s+Done/);
    expect(text).toMatch(/Root cause identified and recorded\s+Not done\s+Supplier to confirm/);
    expect(text).toMatch(/Function test under load passed\s+Not answered/);
    expect(text).toMatch(/CAP-45UF\s+Start capacitor 45 µF\s+2\s+1\s+No\s+Received/);
    expect(text).toMatch(/LOAN-CL5\s+Loaner cooler\s+1\s+—\s+Yes\s+Requested/);
    // Three photos and the signature.
    expect(images).toHaveLength(4);
  });

  it('numbers every page and repeats the generation time in each footer', async () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ data: JPEG, caption: `Photo ${i + 1}` }));
    const { pages, images } = read(await renderServiceReport(report({ photos: many })));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('generated 29 Nov 2026, 11:05');
    });
    expect(pages.slice(1).every((page) => page.includes('Maker Climate GmbH · Service report J-2026-000042'))).toBe(true);
    expect(images).toHaveLength(10);
  });

  it('says plainly what is missing instead of leaving gaps', async () => {
    const { pages, images } = read(
      await renderServiceReport(report({ customer: null, partner: null, technician: null, checklist: [], parts: [], photos: [], signature: null })),
    );
    const text = pages.join('\n');
    expect(text).toContain('No parts were requested for this job.');
    expect(text).toContain('No photos were attached.');
    expect(text).toContain('No signature was captured.');
    expect(text).toContain('has no checklist');
    expect(images).toHaveLength(0);
  });

  // Not the same bytes: pdfkit inflates a PNG asynchronously, so under load the objects of two
  // renderings may be written in another order. The same document, page for page and image for image.
  it('is the same document for the same input', async () => {
    const [first, second] = await Promise.all([renderServiceReport(report()), renderServiceReport(report())]);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(read(first)).toEqual(read(second));
  });

  it("is written in the recipient's language, its times in the site's zone; typed text stays as typed", async () => {
    const german = report({ locale: { language: 'de', timeZone: 'Europe/Berlin' }, photos: [{ data: JPEG, takenAt: at('2026-11-29T10:00:00Z') }] });
    const text = read(await renderServiceReport(german)).pages.join('\n');
    for (const expected of ['Servicebericht', 'ZEITEN (EUROPE/BERLIN)', '29.11.2026, 12:05', 'Foto 1 · 29.11.2026, 11:00', 'Reparatur', 'Garantie bis']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Unit isolated and locked out before work\s+Erledigt/);
    expect(text).toContain('Replaced the start capacitor');
    expect(text).not.toContain('Service report');

    const russian = read(await renderServiceReport(report({ locale: { language: 'ru', timeZone: 'Europe/Moscow' } }))).pages.join('\n');
    for (const expected of ['Сервисный отчёт', 'ВРЕМЯ (EUROPE/MOSCOW)', '29 нояб. 2026 г., 14:05', 'ПОДПИСЬ КЛИЕНТА', 'Страница 1 из'])
      expect(russian).toContain(expected);
  });

  it('refuses bytes that are not an image', async () => {
    await expect(renderServiceReport(report({ photos: [{ data: Buffer.from('not an image'), caption: 'x' }] }))).rejects.toThrow();
  });
});

describe('the report’s data', () => {
  it('lists the standard’s items in order with their answers, then answers to items the standard no longer has', () => {
    const standard = [
      { id: 'a', label: 'First' },
      { id: 'b', label: 'Second' },
    ];
    const answers = [
      { itemId: 'b', done: false, note: 'later' },
      { itemId: 'gone', done: true },
    ];
    expect(checklistOf(standard, answers)).toEqual([
      { label: 'First', done: null, note: null },
      { label: 'Second', done: false, note: 'later' },
      { label: 'gone', done: true, note: null },
    ]);
  });

  it("labels items in the recipient's language where the manufacturer translated them, else as written", () => {
    const standard = [
      { id: 'a', label: 'First', translations: { de: 'Erstens' } },
      { id: 'b', label: 'Second', translations: { ru: 'Второе' } },
    ];
    expect(checklistOf(standard, [], 'de').map((item) => item.label)).toEqual(['Erstens', 'Second']);
  });

  it('writes times in the zone and language, minutes with hours, enum values as words', () => {
    const english = reportFormat(UTC_LOCALE);
    expect(english.time(at('2026-11-29T11:05:59.999Z'))).toBe('29 Nov 2026, 11:05');
    expect(english.time(null)).toBe('—');
    expect(english.minutes(45)).toBe('45 min');
    expect(english.minutes(120)).toBe('120 min (2 h)');
    expect(english.minutes(95)).toBe('95 min (1 h 35 min)');
    expect(english.word('POST_WARRANTY')).toBe('Post warranty');
    expect(humanize('SOMETHING_NEW')).toBe('Something new');
    const danish = reportFormat({ language: 'da', timeZone: 'Europe/Copenhagen' });
    // Calendar dates are dates, whatever the zone; moments move into it.
    expect(danish.date('2027-06-01')).toBe('1. jun. 2027');
    expect(danish.time(at('2026-07-01T22:30:00Z'))).toBe('2. jul. 2026, 00.30');
    expect(danish.minutes(95)).toBe('95 min. (1 t. 35 min.)');
    expect(reportFormat({ language: 'en', timeZone: 'Not/AZone' }).timeZone).toBe('UTC');
  });
});
