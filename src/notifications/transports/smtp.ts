import nodemailer from 'nodemailer';
import type { Transport } from './transport.js';

/**
 * E-mail through an SMTP relay. Permanent SMTP replies (5xx) go to the dead letters; transient
 * ones (4xx) and connection failures are retried.
 */
export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(m) {
      try {
        await transporter.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: `<homeward-${m.id}@homeward.invalid>` });
        return { kind: 'sent' };
      } catch (e) {
        const err = e as { responseCode?: number; code?: string };
        const error = `smtp ${err.responseCode ?? err.code ?? 'error'}`;
        return err.responseCode && err.responseCode >= 500 ? { kind: 'permanent', error } : { kind: 'retry', error };
      }
    },
    async close() {
      transporter.close();
    },
  };
}
