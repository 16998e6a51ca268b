import { describe, expect, it } from 'vitest';
import { renderMail, escapeHtml } from './mail-render.js';
import { MailKind } from './mail.enums.js';
import { pickLanguage } from './mail-catalogue.js';

const job = {
  number: 'SJ-1',
  description: 'Stops <script>alert(1)</script> & "beeps"',
  model: 'CX-1',
  serial: 'W-1',
  siteAddress: '1 Test Street',
  manufacturerName: "O'Maker",
};

describe('mail rendering', () => {
  it('escapes what people wrote in the HTML part and keeps it as written in the text part', () => {
    const mail = renderMail(
      'en',
      {
        kind: MailKind.OFFER_MADE,
        job,
        expiresAt: new Date('2026-12-02T09:20:00Z'),
        acceptUrl: 'https://portal.test/offer/a?x=1&y=2',
        declineUrl: 'https://portal.test/offer/d',
        inboxUrl: 'https://portal.test/inbox',
      },
      'Ann <Admin>',
      { kind: 'user', preferencesUrl: 'https://portal.test/settings/notifications' },
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Stops &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;beeps&quot;');
    expect(mail.html).toContain('href="https://portal.test/offer/a?x=1&amp;y=2"');
    expect(mail.html).toContain('Hello Ann &lt;Admin&gt;,');
    expect(mail.text).toContain('Stops <script>alert(1)</script> & "beeps"');
    expect(mail.text).toContain('Accept the offer: https://portal.test/offer/a?x=1&y=2');
    expect(mail.subject).toBe('Job offer SJ-1: answer by 2 Dec 2026, 09:20 UTC');
  });

  it("ends a customer's mail with the unsubscribe link", () => {
    const mail = renderMail('en', { kind: MailKind.JOB_REGISTERED, job, trackUrl: 'https://portal.test/track/t' }, null, {
      kind: 'customer',
      unsubscribeUrl: 'https://portal.test/unsubscribe/u',
    });
    expect(mail.text).toMatch(/^Hello,\n/);
    expect(mail.text).toContain('Track your service: https://portal.test/track/t');
    expect(mail.text).toContain('Unsubscribe from these emails: https://portal.test/unsubscribe/u');
  });

  it('falls back to English for a language without a catalogue', () => {
    expect(pickLanguage('xx')).toBe('en');
    expect(pickLanguage('constructor')).toBe('en');
    expect(pickLanguage(null)).toBe('en');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
