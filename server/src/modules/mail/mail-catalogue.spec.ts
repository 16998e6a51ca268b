import { describe, expect, it } from 'vitest';
import { CATALOGUES, pickLanguage } from './mail-catalogue.js';
import { renderMail } from './mail-render.js';
import { MailKind } from './mail.enums.js';
import type { MailFacts } from './mail-facts.js';
import { LANGUAGES } from '../../shared/languages.js';
import { en } from './catalogues/en.js';

const job = {
  number: 'SJ-7',
  description: 'Kältemaschine ausgefallen',
  model: 'IC-30',
  serial: 'HX-1',
  siteAddress: 'Hauptstraße 1, Köln',
  manufacturerName: 'Helvetra',
};
const url = 'https://portal.test/x';
const at = new Date('2026-12-02T09:20:00Z');

/** One message of every kind, with facts that carry no English of their own. */
const EVERY_KIND: { [K in MailKind]: Extract<MailFacts, { kind: K }> } = {
  [MailKind.OFFER_MADE]: { kind: MailKind.OFFER_MADE, job, expiresAt: at, acceptUrl: url, declineUrl: url, inboxUrl: url },
  [MailKind.OFFER_DECLINED]: { kind: MailKind.OFFER_DECLINED, job, partnerName: 'Alpine Service AG', reason: 'Kein Techniker frei', jobUrl: url },
  [MailKind.OFFER_EXPIRED]: { kind: MailKind.OFFER_EXPIRED, job, partnerName: 'Alpine Service AG', jobUrl: url },
  [MailKind.SLA_BREACHED]: { kind: MailKind.SLA_BREACHED, job, clock: 'RESOLUTION', dueAt: at, jobUrl: url },
  [MailKind.FINDING_RECORDED]: {
    kind: MailKind.FINDING_RECORDED,
    manufacturerName: 'Helvetra',
    severity: 'MAJOR',
    text: 'Checkliste unvollständig',
    dueAt: at,
    findingsUrl: url,
  },
  [MailKind.PARTNER_STATUS_CHANGED]: {
    kind: MailKind.PARTNER_STATUS_CHANGED,
    manufacturerName: 'Helvetra',
    from: 'ACTIVE',
    to: 'PROBATION',
    reason: 'Score 48 is below the probation threshold 60 (last 90 days)',
    reasonCode: { code: 'status.belowProbation', params: { score: 48, threshold: 60, days: 90 } },
    scorecardUrl: url,
  },
  [MailKind.WEBHOOK_DISABLED]: { kind: MailKind.WEBHOOK_DISABLED, url: 'https://erp.test/hook', failures: 5, integrationsUrl: url },
  [MailKind.JOB_REGISTERED]: { kind: MailKind.JOB_REGISTERED, job, trackUrl: url },
  [MailKind.APPOINTMENT_SET]: { kind: MailKind.APPOINTMENT_SET, job, appointmentAt: at, technicianName: 'Jonas', trackUrl: url },
  [MailKind.JOB_COMPLETED]: { kind: MailKind.JOB_COMPLETED, job, trackUrl: url },
  [MailKind.SURVEY_REQUEST]: { kind: MailKind.SURVEY_REQUEST, job, surveyUrl: url },
  [MailKind.PARTNER_INVITATION]: {
    kind: MailKind.PARTNER_INVITATION,
    manufacturerName: 'Helvetra',
    inviterName: 'Ann',
    firmName: 'Kälte Nord GmbH',
    joinUrl: url,
    expiresAt: at,
  },
  [MailKind.QUOTE_SENT]: {
    kind: MailKind.QUOTE_SENT,
    job,
    quoteNumber: 'SJ-7-Q1',
    gross: '1234.50',
    currency: 'EUR',
    validUntil: at,
    acceptUrl: url,
    declineUrl: url,
    trackUrl: url,
  },
};

const footer = { kind: 'user', preferencesUrl: url } as const;
const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== 'en');

/** Every sentence of the English catalogue's mail of a kind: none may appear in another language's. */
function englishSentences(facts: MailFacts): string[] {
  const mail = renderMail('en', facts, 'Ann', footer);
  const english = [...mail.text.split('\n'), mail.subject].filter((line) => line.trim().length > 0 && !line.startsWith('--'));
  // Lines that are only what the facts said (a reason, a finding's text) are the same in every language.
  return english.filter((line) => !Object.values(facts).includes(line));
}

describe('mail catalogues', () => {
  it('has a catalogue for every language the portal speaks', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) expect(pickLanguage(language)).toBe(language);
  });

  it.each(OTHER_LANGUAGES)('%s: every kind has its own words, a label, and no English sentence left', (language) => {
    const catalogue = CATALOGUES[language];
    expect(Object.keys(catalogue.kinds).sort()).toEqual(Object.values(MailKind).sort());
    expect(Object.keys(catalogue.kindLabels).sort()).toEqual(Object.values(MailKind).sort());
    expect(Object.keys(catalogue.statusReasons).sort()).toEqual(Object.keys(en.statusReasons).sort());
    for (const kind of Object.values(MailKind)) {
      expect(catalogue.kindLabels[kind]).not.toBe(en.kindLabels[kind]);
      const mail = renderMail(language, EVERY_KIND[kind], 'Ann', footer);
      expect(mail.language).toBe(language);
      expect(mail.html).toContain(`<html lang="${language}">`);
      for (const sentence of englishSentences(EVERY_KIND[kind])) expect({ kind, text: mail.text }).not.toContain(sentence);
      expect({ kind, subject: mail.subject }).not.toEqual({ kind, subject: renderMail('en', EVERY_KIND[kind], 'Ann', footer).subject });
    }
  });

  it('writes a German offer in German, its times in the recipient’s zone', () => {
    const mail = renderMail('de', EVERY_KIND[MailKind.OFFER_MADE], 'Anna', footer, 'Europe/Berlin');
    expect(mail.subject).toBe('Auftragsangebot SJ-7: Antwort bis 02.12.2026, 10:20 (Europe/Berlin)');
    expect(mail.text).toContain('Guten Tag Anna,');
    expect(mail.text).toContain('Angebot annehmen: https://portal.test/x');
    for (const english of ['Accept the offer', 'Decline the offer', 'Open the inbox', 'Hello', 'The offer expires', 'You receive this', 'UTC']) {
      expect(mail.text).not.toContain(english);
    }
  });

  it("says a status decision's reason in the recipient's language, a person's reason as typed", () => {
    const decided = renderMail('de', EVERY_KIND[MailKind.PARTNER_STATUS_CHANGED], null, footer);
    expect(decided.text).toContain('Begründung: Bewertung 48 liegt unter der Probeschwelle 60 (letzte 90 Tage)');
    const typed = renderMail('de', { ...EVERY_KIND[MailKind.PARTNER_STATUS_CHANGED], reason: 'Vertrag gekündigt', reasonCode: null }, null, footer);
    expect(typed.text).toContain('Begründung: Vertrag gekündigt');
  });
});
