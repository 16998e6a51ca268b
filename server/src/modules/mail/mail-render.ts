import { catalogueOf, pickLanguage, type MailBody } from './mail-catalogue.js';
import type { FactsOf, MailFacts } from './mail-facts.js';
import type { MailKind } from './mail.enums.js';

/** How a message ends: a user's links to their preferences, a customer's unsubscribe link, an invitation's note (no link). */
export type MailFooter = { kind: 'user'; preferencesUrl: string } | { kind: 'customer'; unsubscribeUrl: string } | { kind: 'invitation' };

export interface RenderedMail {
  language: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A message in plain text and HTML from one body, in the recipient's language (English for one
 * without a catalogue), its times in the recipient's time zone, named (UTC when they chose none).
 */
export function renderMail(language: string, facts: MailFacts, recipientName: string | null, footer: MailFooter, timeZone?: string | null): RenderedMail {
  language = pickLanguage(language);
  const catalogue = catalogueOf(language);
  const zone = timeZone && timeZone !== 'UTC' ? timeZone : null;
  const dates = new Intl.DateTimeFormat(catalogue.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone ?? 'UTC' });
  const time = (at: Date) => (zone ? `${dates.format(at)} (${zone})` : `${dates.format(at)} UTC`);
  const write = catalogue.kinds[facts.kind] as (facts: FactsOf<MailKind>, time: (at: Date) => string) => MailBody;
  const body = write(facts, time);
  const greeting = catalogue.greeting(recipientName);
  const [footerText, footerLink]: [string, Link | null] =
    footer.kind === 'user'
      ? [catalogue.userFooter, { label: catalogue.preferencesLabel, url: footer.preferencesUrl }]
      : footer.kind === 'customer'
        ? [catalogue.customerFooter, { label: catalogue.unsubscribeLabel, url: footer.unsubscribeUrl }]
        : [catalogue.invitationFooter, null];
  return {
    language,
    subject: body.subject,
    text: textOf(greeting, body, footerText, footerLink),
    html: htmlOf(language, greeting, body, footerText, footerLink),
  };
}

type Link = { label: string; url: string };

function textOf(greeting: string, body: MailBody, footer: string, footerLink: Link | null): string {
  const actions = body.actions.map((action) => `${action.label}: ${action.url}`);
  const link = footerLink ? [`${footerLink.label}: ${footerLink.url}`] : [];
  return [greeting, '', ...body.lines.flatMap((line) => [line, '']), ...actions, '', '--', footer, ...link, ''].join('\n');
}

function htmlOf(language: string, greeting: string, body: MailBody, footer: string, footerLink: Link | null): string {
  const paragraphs = [greeting, ...body.lines].map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const buttons = body.actions
    .map(
      (action) =>
        `<a href="${escapeHtml(action.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 16px;background:#1f4e8c;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(action.label)}</a>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>
<body style="font-family:system-ui,sans-serif;color:#1a1a1a;max-width:600px">
${paragraphs}
<p>${buttons}</p>
<hr>
<p style="color:#555;font-size:13px">${escapeHtml(footer)}${footerLink ? ` <a href="${escapeHtml(footerLink.url)}">${escapeHtml(footerLink.label)}</a>` : ''}</p>
</body>
</html>
`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text in HTML content or a quoted attribute. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char]);
