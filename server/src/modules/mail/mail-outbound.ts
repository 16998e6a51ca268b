import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { EventConsumer } from '../outbound/event-consumers.js';
import { MailConsumer, type MailSettings } from './mail-consumer.js';
import { mailSendQueue } from './mail-sender.js';

/**
 * The mail part of the outbound work: the event log's 'mail' consumer and, with SMTP_URL, the
 * queue that sends its messages (declared here, before the queue starts).
 */
export function createMail(orm: Orm, settings: MailSettings, log: Logger): EventConsumer {
  const { smtpUrl, mailFrom } = settings.messages;
  if (smtpUrl) settings.queue.define(mailSendQueue(orm, { smtpUrl, mailFrom }, settings.clock, log));
  return new MailConsumer(settings);
}
