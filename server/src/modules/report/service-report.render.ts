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
import { formatAnswer, formatDate, formatMinutes, formatTime, humanize } from './service-report.format.js';
import type { ServiceReportInput } from './service-report.types.js';

/**
 * The service report of a completed job as an A4 PDF: a pure function of its input (same input,
 * same bytes), drawn with pdfkit into memory.
 */
export function renderServiceReport(input: ServiceReportInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      // Page numbers ("of N") are written once every page exists.
      bufferPages: true,
      displayTitle: true,
      lang: 'en',
      info: {
        Title: `Service report ${input.job.number}`,
        Author: input.manufacturer.name,
        Subject: `${humanize(input.job.type)} of ${input.equipment.model}, serial ${input.equipment.serial}`,
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
      drawReport(doc, input);
      drawPageFurniture(doc, input);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

function drawReport(doc: Doc, input: ServiceReportInput): void {
  drawTitle(doc, input);
  const { customer, site, equipment, partner, technician, times, work } = input;

  sectionHeading(doc, 'Customer and site');
  fieldGrid(doc, [
    { label: 'Customer', value: customer?.name ?? '—' },
    { label: 'Site', value: site.address },
    { label: 'Contact', value: [customer?.email, customer?.phone].filter(Boolean).join(' · ') || '—' },
    { label: 'Region', value: site.region },
  ]);

  sectionHeading(doc, 'Equipment');
  fieldGrid(doc, [
    { label: 'Model', value: equipment.model },
    { label: 'Serial number', value: equipment.serial },
    { label: 'Product line', value: equipment.productLine },
    { label: 'Coverage of this job', value: humanize(equipment.coverage) },
    { label: 'Sold', value: equipment.saleDate },
    { label: 'Warranty until', value: `${formatDate(equipment.warrantyEndsAt)}${equipment.underContract ? ', then a service contract' : ''}` },
  ]);

  sectionHeading(doc, 'Service provider');
  fieldGrid(doc, [
    { label: 'Partner', value: partner?.name ?? '—' },
    { label: 'Technician', value: technician ? `${technician.name} (${technician.email})` : '—' },
  ]);

  sectionHeading(doc, 'Times (UTC)');
  fieldGrid(
    doc,
    [
      { label: 'Created', value: formatTime(times.createdAt) },
      { label: 'Accepted', value: formatTime(times.acceptedAt) },
      { label: 'Appointment', value: formatTime(times.appointmentAt) },
      { label: 'Started', value: formatTime(times.startedAt) },
      { label: 'Completed', value: formatTime(times.completedAt) },
    ],
    3,
  );

  sectionHeading(doc, 'Work done');
  paragraph(doc, 'Resolution', work.resolution || '—');
  fieldGrid(doc, [
    { label: 'Failure code', value: work.failureCode ?? '—' },
    { label: 'Labour', value: formatMinutes(work.laborMinutes) },
  ]);

  sectionHeading(doc, 'Checklist');
  if (input.checklist.length === 0) note(doc, 'The job’s standard has no checklist.');
  else
    table(
      doc,
      ['Item', 'Answer', 'Note'],
      input.checklist.map((item) => [item.label, formatAnswer(item.done), item.note ?? '']),
      ['*', 80, 160],
    );

  sectionHeading(doc, 'Parts');
  if (input.parts.length === 0) note(doc, 'No parts were requested for this job.');
  else
    table(
      doc,
      ['SKU', 'Part', 'Requested', 'Approved', 'Loaner', 'Status'],
      input.parts.map((line) => [
        line.sku,
        line.name,
        String(line.quantity),
        line.approvedQuantity === null ? '—' : String(line.approvedQuantity),
        line.loaner ? 'Yes' : 'No',
        humanize(line.status),
      ]),
      [80, '*', 56, 56, 44, 86],
    );

  sectionHeading(doc, 'Photos');
  if (input.photos.length === 0) note(doc, 'No photos were attached.');
  else imageGrid(doc, input.photos);

  drawSignature(doc, input);
}

function drawTitle(doc: Doc, input: ServiceReportInput): void {
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
    .text('Service report', MARGIN.left, doc.y + 2);
  const left = doc.y;
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor(COLOR.muted)
    .text('JOB', MARGIN.left, top + 4, { width, align: 'right', characterSpacing: 0.6 });
  doc
    .font(BOLD)
    .fontSize(16)
    .fillColor(COLOR.text)
    .text(input.job.number, MARGIN.left, doc.y + 1, { width, align: 'right' });
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(humanize(input.job.type), MARGIN.left, doc.y + 1, { width, align: 'right' });
  const below = Math.max(left, doc.y) + 8;
  doc
    .moveTo(MARGIN.left, below)
    .lineTo(MARGIN.left + width, below)
    .lineWidth(2)
    .strokeColor(COLOR.accent)
    .stroke();
  doc.y = below + 10;
  paragraph(doc, 'Reported problem', input.job.description);
}

function drawSignature(doc: Doc, input: ServiceReportInput): void {
  sectionHeading(doc, 'Customer signature');
  const { signature } = input;
  if (!signature) {
    note(doc, 'No signature was captured.');
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
    .text(`Signed ${formatTime(signature.signedAt)}`, MARGIN.left, doc.y + 1, { width: box.width });
}

/** On every page: the footer with the generation time and "Page n of N"; from the second page a running header. */
function drawPageFurniture(doc: Doc, input: ServiceReportInput): void {
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
    doc.text(`Service report ${input.job.number} · generated ${formatTime(input.generatedAt)}`, MARGIN.left, footer, { width, lineBreak: false });
    doc.text(`Page ${index - start + 1} of ${count}`, MARGIN.left, footer, { width, align: 'right', lineBreak: false });
    if (index > start) {
      doc.text(`${input.manufacturer.name} · Service report ${input.job.number}`, MARGIN.left, MARGIN.top - 30, { width, lineBreak: false });
    }
    doc.page.margins = margins;
  }
}
