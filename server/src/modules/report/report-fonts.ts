import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Doc } from './pdf-layout.js';
import { BOLD, FONT } from './pdf-layout.js';

/**
 * The report's fonts. pdfkit's standard Helvetica writes what Windows-1252 (WinAnsi) holds: the
 * Latin languages of the portal, unembedded, small and fast. Anything else (Russian, or a name
 * typed in another script) is written in DejaVu Sans (the `dejavu-fonts-ttf` package), embedded
 * as a subset: twice the time and some 16 KB more, so only where it is needed.
 */
export function useReportFonts(doc: Doc, texts: readonly string[]): void {
  if (texts.every(isWinAnsi)) {
    doc.registerFont(FONT, 'Helvetica');
    doc.registerFont(BOLD, 'Helvetica-Bold');
    return;
  }
  const { regular, bold } = dejaVu();
  doc.registerFont(FONT, regular);
  doc.registerFont(BOLD, bold);
}

// Windows-1252: Latin-1 without its C1 controls, plus the printable characters it puts there.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const isWinAnsi = (text: string): boolean => {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!(code < 0x80 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char))) return false;
  }
  return true;
};

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** Read once per process. */
function dejaVu(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    fonts = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  }
  return fonts;
}
