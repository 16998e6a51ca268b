import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { Clock } from '../../shared/clock.js';
import type { QueueDefinition } from '../outbound/job-queue.js';
import { MailStatus } from './mail.enums.js';
import { MAIL_SEND_QUEUE } from './mail-consumer.js';

/** Retries with exponential backoff: about 5 s, 10 s, 20 s … capped at an hour, some 40 minutes in all. */
const RETRY_LIMIT = 8;
/** SMTP timeouts well inside the job's expiry: a job still running when it expires would be sent again. */
const SMTP_TIMEOUT_MS = 60_000;
const EXPIRE_SECONDS = 300;

interface Outgoing {
  recipient: string;
  subject: string;
  text: string;
  html: string;
  message_id: string;
  attempts: number;
}

/**
 * The `mail.send` queue: a job per outbox row. pg-boss gives the job to one worker; the row is
 * marked SENT after the SMTP server accepted it, and a job finding it no longer QUEUED does
 * nothing, so a message goes out once, or twice only after a crash between the accept and the
 * mark (with the same Message-ID, which receivers use to drop the copy).
 */
export function mailSendQueue(orm: Orm, settings: { smtpUrl: string; mailFrom: string }, clock: Clock, log: Logger): QueueDefinition<{ messageId: string }> {
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    name: MAIL_SEND_QUEUE,
    options: { retryLimit: RETRY_LIMIT, retryDelay: 5, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: EXPIRE_SECONDS },
    // A NOTIFY that lands while the worker is busy is spent by its next fetch, which takes only one
    // job (batchSize 1): the backstop poll must be short, or a message waits pg-boss's default 30 s.
    work: { notifyPollingIntervalSeconds: 2 },
    async handle(job) {
      const em = orm.em.fork();
      const [message] = await em.execute<Outgoing[]>(
        `update mail_message set attempts = attempts + 1 where id = ? and status = ? returning recipient, subject, text, html, message_id, attempts`,
        [job.data.messageId, MailStatus.QUEUED],
      );
      if (!message) return;
      try {
        await transport.sendMail({
          from: settings.mailFrom,
          to: message.recipient,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.message_id,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // A permanent refusal (5xx) will not change on retry; the last retry ends it too.
        const permanent = responseCode(error) >= 500;
        const last = permanent || message.attempts > RETRY_LIMIT;
        await em.execute(`update mail_message set last_error = ?, status = ? where id = ?`, [
          reason.slice(0, 2000),
          last ? MailStatus.FAILED : MailStatus.QUEUED,
          job.data.messageId,
        ]);
        log.warn({ messageId: job.data.messageId, attempt: message.attempts, err: reason }, last ? 'mail failed' : 'mail not sent; will retry');
        if (permanent) return;
        throw error;
      }
      await em.execute(`update mail_message set status = ?, sent_at = ?, last_error = null where id = ?`, [MailStatus.SENT, clock.now(), job.data.messageId]);
    },
  };
}

const responseCode = (error: unknown): number =>
  typeof error === 'object' && error !== null && 'responseCode' in error && typeof error.responseCode === 'number' ? error.responseCode : 0;
