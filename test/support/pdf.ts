import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReadPdf {
  /** Each page's text as Debian's pdftotext lays it out (-layout keeps a table's row on one line). */
  pages: string[];
  text: string;
  /** The embedded images (pdfimages -list), without the soft masks that carry transparency. */
  images: number;
}

/** Reads a PDF with poppler-utils' pdftotext and pdfimages. */
export function readPdf(pdf: Uint8Array): ReadPdf {
  const folder = mkdtempSync(join(tmpdir(), 'read-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const images = rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    return { pages, text: pages.join('\n'), images };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
