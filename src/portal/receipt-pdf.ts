import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { createTranslator } from '../platform/i18n/catalogue.js';
import { intlTag, type Locale } from '../platform/i18n/locale.js';
import type { ReceiptFacts } from './core/receipt.js';
import { receiptTexts } from './core/receipt-texts.js';

const t = createTranslator(receiptTexts);
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

export interface ReceiptPdfInput {
  payload: string;
  facts: ReceiptFacts & { keyId: string };
  publicKey: string;
  language: Locale;
  /** Where the portal is, as printed on the receipt. */
  portalUrl: string;
}

/** The receipt a resident prints or keeps on their phone: reference, date, the signed QR code and how to check it. */
export async function renderReceiptPdf(input: ReceiptPdfInput): Promise<Buffer> {
  const { facts, language } = input;
  const doc = new PDFDocument({ size: 'A5', margin: 36, info: { Title: t(language, 'title'), Author: 'Homeward' } });
  for (const [name, data] of Object.entries(fonts)) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const write = (text: string, size: number, options: PDFKit.Mixins.TextOptions = {}) => {
    doc.fontSize(size);
    const runs = fontRuns(text);
    runs.forEach((run, i) => doc.font(run.font).text(run.text, { ...options, continued: i < runs.length - 1 }));
  };
  const received = new Intl.DateTimeFormat(intlTag[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Baku' }).format(new Date(facts.issuedAt));

  write('Homeward', 11);
  write(t(language, 'title'), 16);
  doc.moveDown(0.6);
  write(t(language, 'reference'), 10);
  write(facts.reference, 26);
  doc.moveDown(0.3);
  write(`${t(language, 'received')}: ${received}`, 11);
  write(t(language, 'holder', { holder: facts.holder, birthYear: facts.birthYear }), 11);
  doc.moveDown(0.6);

  const qr = QRCode.create(input.payload, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const cell = Math.floor(170 / (size + 8));
  const left = doc.page.margins.left;
  const top = doc.y;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) if (qr.modules.get(r, c)) doc.rect(left + (c + 4) * cell, top + (r + 4) * cell, cell, cell);
  }
  doc.fill('#000');
  doc.y = top + (size + 8) * cell + 6;
  doc.x = left;

  write(t(language, 'follow', { url: input.portalUrl }), 9);
  doc.moveDown(0.4);
  write(t(language, 'signed', { keyId: facts.keyId, url: `${input.portalUrl}/verify` }), 8);
  write(input.publicKey, 8);
  doc.end();
  return done;
}
