import PDFDocument from 'pdfkit';
import { createTranslator } from '../platform/i18n/catalogue.js';
import { intlTag, type Locale } from '../platform/i18n/locale.js';
import { pdfBytes, textWriter } from '../platform/pdf-text.js';
import { copyTexts, type CopyTextKey } from './core/copy-texts.js';
import type { DataCopy } from './schemas.js';

const t = createTranslator(copyTexts);

/**
 * A resident's copy of their data as a document a person reads: headings and "label: value"
 * lines in their language. Codes the registry keeps (states, steps, document types) are printed
 * as they are stored; everything else is in words.
 */
export async function renderCopyPdf(copy: DataCopy, language: Locale): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: t(language, 'title'), Author: 'Homeward' } });
  const done = pdfBytes(doc);
  const write = textWriter(doc);
  const when = (iso: string) => new Intl.DateTimeFormat(intlTag[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Baku' }).format(new Date(iso));
  const label = (key: CopyTextKey) => t(language, key);
  const heading = (key: CopyTextKey) => {
    doc.moveDown(0.8);
    write(label(key), 13);
    doc.moveDown(0.2);
  };
  const line = (text: string) => write(text, 9.5);
  const field = (key: CopyTextKey, value: string | null | undefined) => value && line(`${label(key)}: ${value}`);
  const known = (key: string) => (key in copyTexts ? label(key as CopyTextKey) : key);

  write('Homeward', 10);
  write(label('title'), 18);
  line(t(language, 'made', { date: when(copy.generatedAt) }));

  for (const { person: p, specialCategories: s } of copy.records) {
    heading('record');
    field('givenName', p.givenName.value);
    field('patronymic', p.patronymic?.value);
    field('familyName', p.familyName.value);
    field('sex', p.sex);
    field('birthDate', p.birthDate);
    field('birthPlace', p.birthPlace && (p.birthPlace.text ?? p.birthPlace.placeId));
    field('residence', p.residence && (p.residence.text ?? p.residence.placeId));
    field('phones', p.phones.map((ph) => ph.raw).join(', '));
    field('email', p.email);
    field('documents', p.documents.map((d) => `${d.type} ${d.number}${d.issuer ? ` (${d.issuer})` : ''}`).join('; '));
    field('language', p.language);
    field('notifyBy', p.notifyBy);
    heading('special');
    if (!s) line(label('noSpecial'));
    else {
      field('health', [...s.health.conditions, ...s.health.chronicIllnesses, s.health.notes].filter(Boolean).join('; '));
      field('disability', [...s.disability.kinds, s.disability.notes].filter(Boolean).join('; '));
      field('needs', Object.entries(s.needs).filter(([, v]) => v).map(([k]) => k).join(', '));
      field('location', s.location && `${s.location.latitude}, ${s.location.longitude}${s.location.description ? ` — ${s.location.description}` : ''}`);
    }
  }

  heading('applications');
  for (const app of copy.applications) {
    doc.moveDown(0.3);
    field('reference', app.reference ?? '—');
    field('state', app.state);
    field('received', when(app.createdAt));
    field('household', app.household.map((m) => `${m.givenName} ${m.familyName} (${m.relationship})`).join('; '));
    line(`${label('steps')}:`);
    for (const s of app.timeline) line(`  ${when(s.at)} — ${s.type} (${known(`role.${s.role}`)})${s.reasonCode ? ` [${s.reasonCode}]` : ''}${s.comment ? `: ${s.comment}` : ''}`);
    field('scans', app.attachments.map((a) => `${a.kind} (${a.mediaType}, ${when(a.createdAt)})`).join('; '));
    line(`${label('messages')}:`);
    for (const m of app.messages) line(`  ${when(m.createdAt)} — ${m.event}, ${m.channel} ${m.recipient} (${m.state})`);
  }

  heading('history');
  for (const e of copy.history) line(`${when(e.at)} — ${e.type} (${known(`role.${e.actorRole}`)}): ${JSON.stringify(e.payload)}`);

  heading('corrections');
  if (!copy.corrections.length) line(label('none'));
  for (const c of copy.corrections) line(`${when(c.requestedAt)} — ${c.field}: ${c.requestedValue ?? c.comment ?? ''} → ${c.state}${c.resolutionNote ? ` (${c.resolutionNote})` : ''}`);

  heading('accessLog');
  if (!copy.accessLog.length) line(label('none'));
  for (const a of copy.accessLog) {
    line(
      t(language, 'accessLine', {
        date: when(a.at),
        role: known(`role.${a.role}`),
        office: a.office?.names[language] ?? 'none',
        kind: a.kind,
        purpose: known(`purpose.${a.purpose ?? 'none'}`),
      }),
    );
  }
  doc.end();
  return done;
}
