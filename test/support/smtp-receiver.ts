import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

/**
 * A real SMTP server for tests (smtp-server on 127.0.0.1, a free port): it parses every message
 * it accepts with mailparser, and can refuse the next RCPT TO of an address with a 451.
 */
export class SmtpReceiver {
  readonly messages: ParsedMail[] = [];
  /** RCPT TO commands seen, per address (lower-cased), refused ones included. */
  readonly attempts = new Map<string, number>();
  private readonly refusals = new Map<string, number>();
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const to = address.address.toLowerCase();
        this.attempts.set(to, (this.attempts.get(to) ?? 0) + 1);
        const left = this.refusals.get(to) ?? 0;
        if (left <= 0) return callback();
        this.refusals.set(to, left - 1);
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (parsed) => {
            this.messages.push(parsed);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Refuses the next `times` deliveries to the address with a temporary error (451). */
  refuse(address: string, times = 1): void {
    this.refusals.set(address.toLowerCase(), times);
  }

  /** The messages received for an address. */
  to(address: string): ParsedMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((message) => recipients(message).includes(wanted));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function recipients(message: ParsedMail): string[] {
  const to = message.to ? (Array.isArray(message.to) ? message.to : [message.to]) : [];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

/** The URL after "<label>: " in a message's plain text (how every mail of the portal writes its links). */
export function linkIn(text: string, label: string): string {
  const url = new RegExp(`${label}: (\\S+)`).exec(text)?.[1];
  if (!url) throw new Error(`no "${label}" link in:\n${text}`);
  return url;
}
