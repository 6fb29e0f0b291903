import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * Noto Sans as shipped by Fontsource, one file per script: each piece of text is set in the file
 * that has its letters, so Azerbaijani (ə, ğ), Armenian and Cyrillic names all print.
 */
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));
const fonts = {
  latin: fontFile('noto-sans', 'noto-sans-latin-400-normal.woff'),
  'latin-ext': fontFile('noto-sans', 'noto-sans-latin-ext-400-normal.woff'),
  cyrillic: fontFile('noto-sans', 'noto-sans-cyrillic-400-normal.woff'),
  armenian: fontFile('noto-sans-armenian', 'noto-sans-armenian-armenian-400-normal.woff'),
};
type FontName = keyof typeof fonts;

function fontFor(ch: string): FontName {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x0530 && cp <= 0x058f) || (cp >= 0xfb13 && cp <= 0xfb17)) return 'armenian';
  if (cp >= 0x0400 && cp <= 0x052f) return 'cyrillic';
  if ((cp >= 0x0100 && cp <= 0x02af) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin-ext';
  return 'latin';
}

/** The text cut where the font must change. */
export function fontRuns(text: string): { font: FontName; text: string }[] {
  const runs: { font: FontName; text: string }[] = [];
  for (const ch of text) {
    const font = fontFor(ch);
    const last = runs.at(-1);
    if (last?.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/** Registers the fonts on a document and answers a function writing text in any of the four languages. */
export function textWriter(doc: PDFKit.PDFDocument) {
  for (const [name, data] of Object.entries(fonts)) doc.registerFont(name, data);
  return (text: string, size: number, options: PDFKit.Mixins.TextOptions = {}) => {
    doc.fontSize(size);
    const runs = fontRuns(text);
    runs.forEach((run, i) => doc.font(run.font).text(run.text, { ...options, continued: i < runs.length - 1 }));
  };
}

/** The finished document's bytes. */
export function pdfBytes(doc: InstanceType<typeof PDFDocument>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}
