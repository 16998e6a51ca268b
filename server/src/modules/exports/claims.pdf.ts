import PDFDocument from 'pdfkit';
import { BOLD, COLOR, FONT, MARGIN, fieldGrid, note, sectionHeading, table, type Doc } from '../report/pdf-layout.js';
import { useReportFonts } from '../report/report-fonts.js';
import { humanize } from '../report/service-report.format.js';

/** The portal's English for the values humanize would spell otherwise. */
const WORDS: Record<string, string> = { LABOR: 'Labour' };
const word = (value: string): string => WORDS[value] ?? humanize(value);
import { Dec, formatAmount, type Money } from '../../shared/money.js';
import type { ExportClaim, ExportStatement } from './export.types.js';

/**
 * The statement and a claim as A4 PDFs, drawn with the service report's primitives and fonts
 * (Helvetica for Latin text, DejaVu Sans embedded when a name or text needs more). In English,
 * times in UTC; money exact, one amount per currency, never converted.
 */
export function renderStatementPdf(statement: ExportStatement, generatedAt: Date): Promise<Buffer> {
  const title = `Reimbursement statement ${statement.partner}`;
  return render(title, generatedAt, JSON.stringify(statement), (doc) => {
    heading(doc, 'Reimbursement statement', `${statement.partner} · ${date(statement.from)} – ${date(statement.to)}`);
    fieldGrid(
      doc,
      [
        { label: 'Partner', value: statement.partner },
        { label: 'Manufacturer', value: statement.manufacturer ?? '—' },
        { label: 'Period (UTC)', value: `${time(statement.from)} – ${time(statement.to)}` },
        { label: 'Claims', value: String(statement.claims.length) },
        { label: 'Claimed', value: moneyList(statement.claimedTotal) },
        { label: 'Approved', value: moneyList(statement.approvedTotal) },
        { label: 'Paid', value: moneyList(statement.paidTotal) },
      ],
      3,
    );
    sectionHeading(doc, 'By state');
    if (statement.byState.length === 0) note(doc, 'No claims in this period.');
    else
      table(
        doc,
        ['State', 'Claims', 'Claimed', 'Approved'],
        statement.byState.map((total) => [word(total.state), String(total.count), moneyList(total.claimed), moneyList(total.approved)]),
        ['*', 60, 130, 130],
      );
    sectionHeading(doc, 'Claims');
    if (statement.claims.length === 0) note(doc, 'No claims in this period.');
    else
      table(
        doc,
        ['Claim', 'Job', 'State', 'Submitted', 'Claimed', 'Approved'],
        statement.claims.map((claim) => [
          claim.number,
          claim.jobNumber ?? '—',
          word(claim.state),
          claim.submittedAt ? date(claim.submittedAt) : '—',
          moneyList(claim.claimed),
          moneyList(claim.approved),
        ]),
        [84, 84, '*', 60, 76, 76],
      );
  });
}

export function renderClaimPdf(claim: ExportClaim, generatedAt: Date): Promise<Buffer> {
  return render(`Warranty claim ${claim.number}`, generatedAt, JSON.stringify(claim), (doc) => {
    heading(doc, `Warranty claim ${claim.number}`, `${claim.partner} · ${word(claim.state)}`);
    fieldGrid(
      doc,
      [
        { label: 'Partner', value: claim.partner },
        { label: 'Manufacturer', value: claim.manufacturer },
        { label: 'Job', value: claim.jobNumber ?? '—' },
        { label: 'Coverage', value: word(claim.coverage) },
        { label: 'State', value: word(claim.state) },
        { label: 'Submitted (UTC)', value: time(claim.submittedAt) },
        { label: 'Review due (UTC)', value: time(claim.reviewDueAt) },
        { label: 'Reviewed (UTC)', value: time(claim.reviewedAt) },
        { label: 'Paid (UTC)', value: time(claim.paidAt) },
        { label: 'Payment reference', value: claim.paymentReference ?? '—' },
        { label: 'Claimed', value: moneyList(claim.claimed) },
        { label: 'Approved', value: moneyList(claim.approved) },
      ],
      3,
    );
    sectionHeading(doc, 'Lines');
    table(
      doc,
      ['#', 'Kind', 'Description', 'Qty', 'Unit price', 'Amount', 'Decision', 'Approved'],
      claim.lines.map((line) => [
        String(line.position),
        word(line.kind),
        [
          line.description,
          line.partSku ? `SKU ${line.partSku}${line.ownStock ? ' (own stock)' : ''}` : '',
          line.faultySerial ? `Faulty ${line.faultySerial}` : '',
          line.replacementSerial ? `Replacement ${line.replacementSerial}` : '',
          line.reasonCode || line.reason ? `Reason: ${[line.reasonCode, line.reason].filter(Boolean).join(' – ')}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        line.minutes == null ? new Dec(line.quantity).toString() : `${line.minutes} min`,
        money(line.unitPrice),
        money(line.amount),
        line.decision ? word(line.decision) : '—',
        line.approvedAmount ? money(line.approvedAmount) : '—',
      ]),
      [20, 48, '*', 40, 68, 68, 50, 68],
    );
    if (claim.messages.length > 0) {
      sectionHeading(doc, 'Questions and answers');
      table(
        doc,
        ['When (UTC)', 'Who', 'Text'],
        claim.messages.map((message) => [time(message.createdAt), `${word(message.kind)}${message.author ? ` · ${message.author}` : ''}`, message.text]),
        [95, 110, '*'],
      );
    }
  });
}

function render(title: string, generatedAt: Date, texts: string, draw: (doc: Doc) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      displayTitle: true,
      lang: 'en',
      info: { Title: title, Creator: 'Service-partner portal', CreationDate: generatedAt, ModDate: generatedAt },
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      useReportFonts(doc, [title, texts]);
      draw(doc);
      footer(doc, `Generated ${time(generatedAt)} UTC`);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

function heading(doc: Doc, title: string, subtitle: string): void {
  doc.font(BOLD).fontSize(18).fillColor(COLOR.accent).text(title, MARGIN.left, MARGIN.top);
  doc.font(FONT).fontSize(10).fillColor(COLOR.muted).text(subtitle);
  doc.moveDown(0.8);
}

function footer(doc: Doc, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const y = doc.page.height - MARGIN.bottom + 20;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(COLOR.muted)
      .text(`${text} · Page ${page - start + 1} of ${count}`, MARGIN.left, y, { lineBreak: false });
  }
}

/** "1234.50 EUR": the exact amount with the currency's minor unit, as the CSV writes it. */
const money = (value: Money): string => `${formatAmount(value)} ${value.currency}`;
const moneyList = (values: readonly Money[]): string => (values.length === 0 ? '—' : values.map(money).join('\n'));
const time = (at: Date | null): string => (at ? at.toISOString().slice(0, 16).replace('T', ' ') : '—');
const date = (at: Date): string => at.toISOString().slice(0, 10);
