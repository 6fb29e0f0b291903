import type { Config } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import { fileTransport } from './file.js';
import { smsHttpTransport } from './sms-http.js';
import { smtpTransport } from './smtp.js';
import type { Transport } from './transport.js';

/** SMTP and the SMS gateway when configured; otherwise both channels go to the file sink. */
export function transportsFor(config: Config['notifications'], clock: Clock): Record<'sms' | 'email', Transport> {
  const file = fileTransport(config.fileSink, () => clock.now());
  return {
    email: config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : file,
    sms: config.smsGatewayUrl ? smsHttpTransport(config.smsGatewayUrl, config.smsGatewayToken) : file,
  };
}
