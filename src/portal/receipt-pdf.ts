import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { createTranslator } from '../platform/i18n/catalogue.js';
import { intlTag, type Locale } from '../platform/i18n/locale.js';
import { pdfBytes, textWriter } from '../platform/pdf-text.js';
import type { ReceiptFacts } from './core/receipt.js';
import { receiptTexts } from './core/receipt-texts.js';

const t = createTranslator(receiptTexts);

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
  const done = pdfBytes(doc);
  const write = textWriter(doc);
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
