import type {} from 'pdfkit';

/**
 * The report's few drawing primitives on a pdfkit document: section headings, label–value grids,
 * tables and image cells, each moving `doc.y` down and starting a new page when it would not fit.
 * The fonts are registered under these names by the renderer (report-fonts.ts: DejaVu Sans,
 * embedded, which writes Latin and Cyrillic alike; pdfkit's standard Helvetica knows WinAnsi only).
 */
export type Doc = PDFKit.PDFDocument;

export const FONT = 'ReportSans';
export const BOLD = 'ReportSans-Bold';
export const COLOR = { text: '#1a1a1a', muted: '#5f6b76', accent: '#1f4e79', rule: '#c9d2db', shade: '#eef2f6' } as const;
export const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 } as const;
const GAP = 16;

export const contentWidth = (doc: Doc): number => doc.page.width - MARGIN.left - MARGIN.right;

/** Starts a new page unless `height` more points fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
}

export function sectionHeading(doc: Doc, title: string): void {
  // The heading never stays alone at the foot of a page: room for it and a first line below.
  ensureSpace(doc, 56);
  doc.moveDown(0.8);
  const y = doc.y;
  doc.font(BOLD).fontSize(11).fillColor(COLOR.accent).text(title.toUpperCase(), MARGIN.left, y, { characterSpacing: 0.6 });
  const below = doc.y + 2;
  doc
    .moveTo(MARGIN.left, below)
    .lineTo(MARGIN.left + contentWidth(doc), below)
    .lineWidth(0.75)
    .strokeColor(COLOR.rule)
    .stroke();
  doc.y = below + 6;
}

export interface Field {
  label: string;
  value: string;
}

/** Label–value pairs in `columns` columns, row by row; a row is as tall as its tallest value. */
export function fieldGrid(doc: Doc, fields: readonly Field[], columns = 2): void {
  const width = (contentWidth(doc) - GAP * (columns - 1)) / columns;
  for (let start = 0; start < fields.length; start += columns) {
    const row = fields.slice(start, start + columns);
    const height = Math.max(...row.map((field) => fieldHeight(doc, field, width)));
    ensureSpace(doc, height);
    const top = doc.y;
    row.forEach((field, column) => {
      const x = MARGIN.left + column * (width + GAP);
      doc.font(FONT).fontSize(8).fillColor(COLOR.muted).text(field.label, x, top, { width });
      doc
        .font(FONT)
        .fontSize(10)
        .fillColor(COLOR.text)
        .text(field.value, x, doc.y + 1, { width });
    });
    doc.y = top + height + 6;
  }
  doc.x = MARGIN.left;
}

function fieldHeight(doc: Doc, field: Field, width: number): number {
  const label = doc.font(FONT).fontSize(8).heightOfString(field.label, { width });
  const value = doc.font(FONT).fontSize(10).heightOfString(field.value, { width });
  return label + 1 + value;
}

/** A paragraph of body text under a small label. */
export function paragraph(doc: Doc, label: string, text: string): void {
  ensureSpace(doc, 30);
  doc.font(FONT).fontSize(8).fillColor(COLOR.muted).text(label, MARGIN.left, doc.y);
  doc
    .font(FONT)
    .fontSize(10)
    .fillColor(COLOR.text)
    .text(text, MARGIN.left, doc.y + 1, { width: contentWidth(doc) });
  doc.moveDown(0.5);
}

/** A line of muted text, for "nothing here" and notes. */
export function note(doc: Doc, text: string): void {
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(text, MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/**
 * A table with a shaded header row, drawn by pdfkit's own table (which moves to a new page between
 * rows); `widths` are points, or '*' to share what is left.
 */
export function table(doc: Doc, header: readonly string[], rows: readonly string[][], widths: readonly (number | '*')[]): void {
  ensureSpace(doc, 40);
  doc.font(FONT).fontSize(9).fillColor(COLOR.text);
  const border = { top: 0, left: 0, right: 0, bottom: 0.5 };
  doc.table({
    position: { x: MARGIN.left, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: widths.map((width) => ({ width })),
    defaultStyle: { border, borderColor: COLOR.rule, padding: [4, 5, 4, 5] },
    data: [
      header.map((text) => ({ text, font: { src: BOLD, size: 8 }, backgroundColor: COLOR.shade, textColor: COLOR.muted, type: 'TH' as const })),
      ...rows.map((row) => [...row]),
    ],
  });
  doc.x = MARGIN.left;
  doc.moveDown(0.3);
}

export interface ImageCell {
  data: Uint8Array;
  caption: string;
}

/** Images two to a row, each scaled into a 4:3 box with its caption below. */
export function imageGrid(doc: Doc, images: readonly ImageCell[]): void {
  const width = (contentWidth(doc) - GAP) / 2;
  const boxHeight = Math.round(width * 0.75);
  for (let start = 0; start < images.length; start += 2) {
    const row = images.slice(start, start + 2);
    const captionHeight = Math.max(...row.map((image) => doc.font(FONT).fontSize(8).heightOfString(image.caption, { width })));
    ensureSpace(doc, boxHeight + 4 + captionHeight);
    const top = doc.y;
    row.forEach((image, column) => {
      const x = MARGIN.left + column * (width + GAP);
      doc.rect(x, top, width, boxHeight).fillColor(COLOR.shade).fill();
      doc.image(toBuffer(image.data), x, top, { fit: [width, boxHeight], align: 'center', valign: 'center' });
      doc
        .font(FONT)
        .fontSize(8)
        .fillColor(COLOR.muted)
        .text(image.caption, x, top + boxHeight + 4, { width });
    });
    doc.y = top + boxHeight + 4 + captionHeight + 10;
  }
  doc.x = MARGIN.left;
}

/** pdfkit reads images from a Buffer (or ArrayBuffer); a Buffer over the same memory costs no copy. */
export const toBuffer = (data: Uint8Array): Buffer => (Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
