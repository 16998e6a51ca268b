import PDFDocument from 'pdfkit';
import {
  BOLD,
  COLOR,
  FONT,
  MARGIN,
  contentWidth,
  ensureSpace,
  fieldGrid,
  imageGrid,
  note,
  paragraph,
  sectionHeading,
  table,
  toBuffer,
  type Doc,
} from './pdf-layout.js';
import { reportFormat, type ReportFormat } from './service-report.format.js';
import { useReportFonts } from './report-fonts.js';
import type { ServiceReportInput } from './service-report.types.js';

/**
 * The service report of a completed job as an A4 PDF: a pure function of its input (same input,
 * same bytes), drawn with pdfkit into memory, in the recipient's language and time zone
 * (`input.locale`), with an embedded font that writes every language the portal speaks.
 */
export function renderServiceReport(input: ServiceReportInput): Promise<Buffer> {
  const f = reportFormat(input.locale);
  const t = f.texts;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      // Page numbers ("of N") are written once every page exists.
      bufferPages: true,
      displayTitle: true,
      lang: input.locale.language,
      info: {
        Title: `${t.serviceReport} ${input.job.number}`,
        Author: input.manufacturer.name,
        Subject: t.subject(f.word(input.job.type), input.equipment.model, input.equipment.serial),
        Creator: 'Service-partner portal',
        CreationDate: input.generatedAt,
        ModDate: input.generatedAt,
      },
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      useReportFonts(doc, textsOf(input, f));
      drawReport(doc, input, f);
      drawPageFurniture(doc, input, f);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/** Every text the report may write: its words in the language, and the input's strings (the images' bytes aside). */
function textsOf(input: ServiceReportInput, f: ReportFormat): string[] {
  const { photos, signature, ...rest } = input;
  const samples = [f.texts.times(''), f.texts.photo(1, ''), f.texts.signed(''), f.texts.generated('', ''), f.texts.page(1, 1), f.texts.subject('', '', '')];
  const format = [f.time(input.generatedAt), f.date(input.generatedAt), f.minutes(95)];
  const captions = photos.map((photo) => photo.caption ?? '');
  return [JSON.stringify(rest), JSON.stringify(f.texts), ...samples, ...format, ...captions, signature?.signerName ?? ''];
}

function drawReport(doc: Doc, input: ServiceReportInput, f: ReportFormat): void {
  const t = f.texts;
  drawTitle(doc, input, f);
  const { customer, site, equipment, partner, technician, times, work } = input;

  sectionHeading(doc, t.customerAndSite);
  fieldGrid(doc, [
    { label: t.customer, value: customer?.name ?? '—' },
    { label: t.site, value: site.address },
    { label: t.contact, value: [customer?.email, customer?.phone].filter(Boolean).join(' · ') || '—' },
    { label: t.region, value: site.region },
  ]);

  sectionHeading(doc, t.equipment);
  fieldGrid(doc, [
    { label: t.model, value: equipment.model },
    { label: t.serial, value: equipment.serial },
    { label: t.productLine, value: equipment.productLine },
    { label: t.coverage, value: f.word(equipment.coverage) },
    { label: t.sold, value: f.date(equipment.saleDate) },
    { label: t.warrantyUntil, value: `${f.date(equipment.warrantyEndsAt)}${equipment.underContract ? t.thenContract : ''}` },
  ]);

  sectionHeading(doc, t.serviceProvider);
  fieldGrid(doc, [
    { label: t.partner, value: partner?.name ?? '—' },
    { label: t.technician, value: technician ? `${technician.name} (${technician.email})` : '—' },
  ]);

  sectionHeading(doc, t.times(f.timeZone));
  fieldGrid(
    doc,
    [
      { label: t.created, value: f.time(times.createdAt) },
      { label: t.accepted, value: f.time(times.acceptedAt) },
      { label: t.appointment, value: f.time(times.appointmentAt) },
      { label: t.started, value: f.time(times.startedAt) },
      { label: t.completed, value: f.time(times.completedAt) },
    ],
    3,
  );

  sectionHeading(doc, t.workDone);
  paragraph(doc, t.resolution, work.resolution || '—');
  fieldGrid(doc, [
    { label: t.failureCode, value: work.failureCode ?? '—' },
    { label: t.labour, value: f.minutes(work.laborMinutes) },
  ]);

  sectionHeading(doc, t.checklist);
  if (input.checklist.length === 0) note(doc, t.noChecklist);
  else
    table(
      doc,
      [t.item, t.answer, t.note],
      input.checklist.map((item) => [item.label, f.answer(item.done), item.note ?? '']),
      ['*', 80, 160],
    );

  sectionHeading(doc, t.parts);
  if (input.parts.length === 0) note(doc, t.noParts);
  else
    table(
      doc,
      [t.sku, t.part, t.requested, t.approved, t.loaner, t.status],
      input.parts.map((line) => [
        line.sku,
        line.name,
        String(line.quantity),
        line.approvedQuantity === null ? '—' : String(line.approvedQuantity),
        line.loaner ? t.yes : t.no,
        f.word(line.status),
      ]),
      [80, '*', 56, 56, 44, 86],
    );

  sectionHeading(doc, t.photos);
  if (input.photos.length === 0) note(doc, t.noPhotos);
  else
    imageGrid(
      doc,
      input.photos.map((photo, i) => ({ data: photo.data, caption: photo.caption ?? t.photo(i + 1, f.time(photo.takenAt ?? null)) })),
    );

  drawSignature(doc, input, f);
}

function drawTitle(doc: Doc, input: ServiceReportInput, f: ReportFormat): void {
  const width = contentWidth(doc);
  const top = MARGIN.top - 16;
  doc
    .font(BOLD)
    .fontSize(20)
    .fillColor(COLOR.accent)
    .text(input.manufacturer.name, MARGIN.left, top, { width: width * 0.62 });
  doc
    .font(FONT)
    .fontSize(11)
    .fillColor(COLOR.muted)
    .text(f.texts.serviceReport, MARGIN.left, doc.y + 2);
  const left = doc.y;
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor(COLOR.muted)
    .text(f.texts.job, MARGIN.left, top + 4, { width, align: 'right', characterSpacing: 0.6 });
  doc
    .font(BOLD)
    .fontSize(16)
    .fillColor(COLOR.text)
    .text(input.job.number, MARGIN.left, doc.y + 1, { width, align: 'right' });
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(f.word(input.job.type), MARGIN.left, doc.y + 1, { width, align: 'right' });
  const below = Math.max(left, doc.y) + 8;
  doc
    .moveTo(MARGIN.left, below)
    .lineTo(MARGIN.left + width, below)
    .lineWidth(2)
    .strokeColor(COLOR.accent)
    .stroke();
  doc.y = below + 10;
  paragraph(doc, f.texts.reportedProblem, input.job.description);
}

function drawSignature(doc: Doc, input: ServiceReportInput, f: ReportFormat): void {
  sectionHeading(doc, f.texts.signature);
  const { signature } = input;
  if (!signature) {
    note(doc, f.texts.noSignature);
    return;
  }
  const box = { width: 220, height: 90 };
  ensureSpace(doc, box.height + 40);
  const top = doc.y;
  doc.image(toBuffer(signature.data), MARGIN.left, top, { fit: [box.width, box.height], valign: 'bottom' });
  const line = top + box.height + 2;
  doc
    .moveTo(MARGIN.left, line)
    .lineTo(MARGIN.left + box.width, line)
    .lineWidth(0.75)
    .strokeColor(COLOR.text)
    .stroke();
  doc
    .font(BOLD)
    .fontSize(10)
    .fillColor(COLOR.text)
    .text(signature.signerName, MARGIN.left, line + 4, { width: box.width });
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor(COLOR.muted)
    .text(f.texts.signed(f.time(signature.signedAt)), MARGIN.left, doc.y + 1, { width: box.width });
}

/** On every page: the footer with the generation time and "Page n of N"; from the second page a running header. */
function drawPageFurniture(doc: Doc, input: ServiceReportInput, f: ReportFormat): void {
  const t = f.texts;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Inside the bottom margin: without it, pdfkit would start a new page for text below it.
    const margins = { ...doc.page.margins };
    doc.page.margins.bottom = 0;
    const width = contentWidth(doc);
    const footer = doc.page.height - MARGIN.bottom + 24;
    doc
      .moveTo(MARGIN.left, footer - 6)
      .lineTo(MARGIN.left + width, footer - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(FONT).fontSize(8).fillColor(COLOR.muted);
    doc.text(t.generated(input.job.number, f.time(input.generatedAt)), MARGIN.left, footer, { width, lineBreak: false });
    doc.text(t.page(index - start + 1, count), MARGIN.left, footer, { width, align: 'right', lineBreak: false });
    if (index > start) {
      doc.text(`${input.manufacturer.name} · ${t.serviceReport} ${input.job.number}`, MARGIN.left, MARGIN.top - 30, { width, lineBreak: false });
    }
    doc.page.margins = margins;
  }
}
