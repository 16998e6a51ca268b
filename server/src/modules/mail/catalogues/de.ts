// Machine translated from the English catalogue (en.ts); awaits review by a German-speaking person.
import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'de-DE';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'Reaktionszeit', RESOLUTION: 'Lösungszeit' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'aktiv', PROBATION: 'auf Probe', SUSPENDED: 'gesperrt' };
const SEVERITY: Record<string, string> = { MINOR: 'geringfügige', MAJOR: 'erhebliche', CRITICAL: 'kritische' };

const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `Zu wenig aktuelle Arbeit für eine Bewertung (${p.offers} Angebote, letzte ${p.days} Tage); wieder auf Probe`,
  'status.belowSuspension': (p) => `Bewertung ${p.score} liegt unter der Sperrschwelle ${p.threshold} (letzte ${p.days} Tage)`,
  'status.belowProbation': (p) => `Bewertung ${p.score} liegt unter der Probeschwelle ${p.threshold} (letzte ${p.days} Tage)`,
  'status.recovered': (p) => `Bewertung ${p.score} hat die Schwelle ${p.threshold} wieder erreicht oder überschritten (letzte ${p.days} Tage)`,
} satisfies Catalogue['statusReasons'];

export const de: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
  userFooter: 'Sie erhalten diese Nachricht wegen Ihrer Rolle im Servicenetz.',
  preferencesLabel: 'Wählen Sie, welche E-Mails Sie erhalten',
  customerFooter: 'Sie erhalten diese Nachricht, weil Sie Service für Ihr Gerät angefordert haben.',
  unsubscribeLabel: 'Diese E-Mails abbestellen',
  invitationFooter:
    'Sie erhalten diese E-Mail, weil ein Hersteller diese Adresse in sein Servicenetz eingeladen hat. Wenn Sie sie nicht erwartet haben, ignorieren Sie sie: Ohne den Link geschieht nichts.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Auftragsangebot ${job.number}: Antwort bis ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} bietet Ihrer Organisation den Auftrag ${job.number} an: ${job.description}`,
        `Gerät: ${job.model}, Seriennummer ${job.serial}, Standort ${job.siteAddress}.`,
        `Das Angebot läuft am ${time(expiresAt)} ab. Jeder Link unten funktioniert einmal; Sie können auch im Posteingang des Portals antworten.`,
      ],
      actions: [
        { label: 'Angebot annehmen', url: acceptUrl },
        { label: 'Angebot ablehnen', url: declineUrl },
        { label: 'Posteingang öffnen', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} hat den Auftrag ${job.number} abgelehnt`,
      lines: [`${partnerName} hat das Angebot für den Auftrag ${job.number} (${job.model}, ${job.siteAddress}) abgelehnt.`, `Begründung: ${reason}`],
      actions: [{ label: 'Auftrag öffnen', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Angebot für Auftrag ${job.number} abgelaufen`,
      lines: [`Das Angebot für den Auftrag ${job.number} (${job.model}, ${job.siteAddress}) an ${partnerName} ist unbeantwortet abgelaufen.`],
      actions: [{ label: 'Auftrag öffnen', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `SLA verletzt: Auftrag ${job.number} (${CLOCK[clock]})`,
      lines: [`Der Auftrag ${job.number} (${job.model}, ${job.siteAddress}) hat die Frist der ${CLOCK[clock]} verpasst: ${time(dueAt)}.`],
      actions: [{ label: 'Auftrag öffnen', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Auditfeststellung von ${manufacturerName}`,
      lines: [
        `${manufacturerName} hat eine ${SEVERITY[severity] ?? severity} Auditfeststellung erfasst:`,
        text,
        `Die Korrekturmaßnahme ist fällig am ${time(dueAt)}.`,
      ],
      actions: [{ label: 'Feststellungen öffnen', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Ihr Status im Netz von ${manufacturerName}: ${STATUS[to] ?? to}`,
      lines: [
        `Ihr Status im Servicenetz von ${manufacturerName} hat sich von „${STATUS[from] ?? from}“ zu „${STATUS[to] ?? to}“ geändert.`,
        `Begründung: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Ihre Bewertung öffnen', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Webhook-Endpunkt deaktiviert: ${url}`,
      lines: [
        `Der Webhook-Endpunkt ${url} Ihrer Organisation wurde deaktiviert: Zustellungen, die nacheinander auch nach allen Wiederholungen fehlschlugen: ${failures}.`,
        'Bis er wieder aktiviert wird, wird nichts an ihn gesendet. Sobald der Empfänger antwortet, aktivieren Sie den Endpunkt auf der Seite „Integrationen“ und senden Sie die fehlgeschlagenen Zustellungen erneut.',
      ],
      actions: [{ label: 'Integrationen öffnen', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Ihre Serviceanfrage ${job.number} ist erfasst`,
      lines: [
        `${job.manufacturerName} hat Ihre Serviceanfrage ${job.number} für Ihr Gerät ${job.model} (Seriennummer ${job.serial}) erfasst.`,
        'Verfolgen Sie sie auf ihrer Statusseite; wir schreiben Ihnen auch, wenn der Termin steht und wenn die Arbeit erledigt ist.',
      ],
      actions: [{ label: 'Service verfolgen', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Ihr Termin für ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `Der Besuch für Ihr Gerät ${job.model} ist für ${time(appointmentAt)} in ${job.siteAddress} angesetzt.`,
        technicianName ? `Ihr Techniker: ${technicianName}.` : 'Der Techniker wird auf der Statusseite genannt.',
      ],
      actions: [{ label: 'Service verfolgen', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `Die Arbeit an ${job.number} ist erledigt`,
      lines: [`Die Arbeit an Ihrem Gerät ${job.model} (Seriennummer ${job.serial}) ist erledigt.`, 'Der Servicebericht steht auf der Statusseite.'],
      actions: [{ label: 'Servicebericht ansehen', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `Wie war unser Service? (${job.number})`,
      lines: [`Ihre Serviceanfrage ${job.number} ist abgeschlossen. Möchten Sie unseren Service bewerten? Es dauert eine Minute.`],
      actions: [{ label: 'Service bewerten', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} lädt Ihre Firma in sein Servicenetz ein`,
      lines: [
        `${inviterName} (${manufacturerName}) lädt Ihre Firma ein, dem Servicenetz von ${manufacturerName} als Servicepartner beizutreten.`,
        ...(firmName ? [`Eingeladene Firma: ${firmName}`] : []),
        `Über den Link registrieren Sie Ihre Firma und ihren Administrator oder treten mit ihr bei, wenn Ihre Firma in diesem Portal bereits im Netz eines anderen Herstellers arbeitet. Der Link gilt bis ${time(expiresAt)}.`,
        `${manufacturerName} prüft dann Ihre Registrierung und gibt sie frei; bis dahin erhalten Sie keine Aufträge.`,
      ],
      actions: [{ label: 'Registrieren oder beitreten', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Ihr Kostenvoranschlag ${quoteNumber} für ${job.model}: ${amount}`,
        lines: [
          `Der Servicepartner von ${job.manufacturerName} veranschlagt die Arbeiten an Ihrem ${job.model} (Seriennummer ${job.serial}): ${amount} inklusive Steuer.`,
          `Die Positionen stehen auf der Statusseite. Der Kostenvoranschlag gilt bis ${time(validUntil)}; die Arbeiten gehen weiter, sobald Sie ihn annehmen.`,
        ],
        actions: [
          { label: 'Kostenvoranschlag annehmen', url: acceptUrl },
          { label: 'Kostenvoranschlag ablehnen', url: declineUrl },
          { label: 'Kostenvoranschlag ansehen', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'Meiner Organisation wird ein Auftrag angeboten (mit Links zum Annehmen und Ablehnen)',
    [MailKind.OFFER_DECLINED]: 'Ein Partner hat ein Angebot abgelehnt',
    [MailKind.OFFER_EXPIRED]: 'Ein Angebot ist unbeantwortet abgelaufen',
    [MailKind.SLA_BREACHED]: 'Ein Auftrag hat sein SLA verletzt',
    [MailKind.FINDING_RECORDED]: 'Eine Auditfeststellung zu meiner Organisation',
    [MailKind.PARTNER_STATUS_CHANGED]: 'Der Status meiner Organisation in einem Netz hat sich geändert',
    [MailKind.WEBHOOK_DISABLED]: 'Ein Webhook-Endpunkt meiner Organisation wurde deaktiviert',
    [MailKind.JOB_REGISTERED]: 'Auftrag erfasst (Kunde)',
    [MailKind.APPOINTMENT_SET]: 'Termin festgelegt (Kunde)',
    [MailKind.JOB_COMPLETED]: 'Arbeit erledigt (Kunde)',
    [MailKind.SURVEY_REQUEST]: 'Umfrage (Kunde)',
    [MailKind.PARTNER_INVITATION]: 'Einladung in ein Servicenetz (an eine Firma)',
    [MailKind.QUOTE_SENT]: 'Kostenvoranschlag für bezahlte Arbeit (Kunde)',
  },
};
