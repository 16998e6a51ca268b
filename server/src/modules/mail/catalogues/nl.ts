// Machine translated from the English catalogue (en.ts); awaits review by a Dutch-speaking person.
import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'nl-NL';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'reactietermijn', RESOLUTION: 'oplostermijn' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'actief', PROBATION: 'proeftijd', SUSPENDED: 'geschorst' };
const SEVERITY: Record<string, string> = { MINOR: 'kleine', MAJOR: 'ernstige', CRITICAL: 'kritieke' };

const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `Te weinig recent werk om te beoordelen (${p.offers} aanbiedingen, laatste ${p.days} dagen); terug in proeftijd`,
  'status.belowSuspension': (p) => `Score ${p.score} ligt onder de schorsingsgrens ${p.threshold} (laatste ${p.days} dagen)`,
  'status.belowProbation': (p) => `Score ${p.score} ligt onder de proeftijdgrens ${p.threshold} (laatste ${p.days} dagen)`,
  'status.recovered': (p) => `Score ${p.score} is hersteld tot de grens ${p.threshold} of hoger (laatste ${p.days} dagen)`,
} satisfies Catalogue['statusReasons'];

export const nl: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Beste ${name},` : 'Geachte heer, mevrouw,'),
  userFooter: 'U ontvangt dit bericht vanwege uw rol in het servicenetwerk.',
  preferencesLabel: 'Kies welke e-mails u ontvangt',
  customerFooter: 'U ontvangt dit bericht omdat u service voor uw apparatuur hebt aangevraagd.',
  unsubscribeLabel: 'Afmelden voor deze e-mails',
  invitationFooter:
    'U ontvangt dit bericht omdat een fabrikant dit adres heeft uitgenodigd in zijn servicenetwerk. Verwachtte u het niet, negeer het dan: zonder de link gebeurt er niets.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Opdrachtaanbod ${job.number}: antwoord vóór ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} biedt uw organisatie opdracht ${job.number} aan: ${job.description}`,
        `Apparaat: ${job.model}, serienummer ${job.serial}, op ${job.siteAddress}.`,
        `Het aanbod verloopt op ${time(expiresAt)}. Elke link hieronder werkt één keer; u kunt ook antwoorden in de inbox van het portaal.`,
      ],
      actions: [
        { label: 'Aanbod accepteren', url: acceptUrl },
        { label: 'Aanbod afwijzen', url: declineUrl },
        { label: 'Inbox openen', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} heeft opdracht ${job.number} afgewezen`,
      lines: [`${partnerName} heeft het aanbod voor opdracht ${job.number} (${job.model}, ${job.siteAddress}) afgewezen.`, `Reden: ${reason}`],
      actions: [{ label: 'Opdracht openen', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Aanbod voor opdracht ${job.number} verlopen`,
      lines: [`Het aanbod voor opdracht ${job.number} (${job.model}, ${job.siteAddress}) aan ${partnerName} is onbeantwoord verlopen.`],
      actions: [{ label: 'Opdracht openen', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `SLA overschreden: opdracht ${job.number} (${CLOCK[clock]})`,
      lines: [`Opdracht ${job.number} (${job.model}, ${job.siteAddress}) heeft de ${CLOCK[clock]} gemist: ${time(dueAt)}.`],
      actions: [{ label: 'Opdracht openen', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Auditbevinding van ${manufacturerName}`,
      lines: [
        `${manufacturerName} heeft een ${SEVERITY[severity] ?? severity} auditbevinding vastgelegd:`,
        text,
        `De corrigerende maatregel moet uiterlijk ${time(dueAt)} zijn uitgevoerd.`,
      ],
      actions: [{ label: 'Bevindingen openen', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Uw status in het netwerk van ${manufacturerName}: ${STATUS[to] ?? to}`,
      lines: [
        `Uw status in het servicenetwerk van ${manufacturerName} is gewijzigd van ${STATUS[from] ?? from} naar ${STATUS[to] ?? to}.`,
        `Reden: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Uw scorekaart openen', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Webhook-eindpunt uitgeschakeld: ${url}`,
      lines: [
        `Het webhook-eindpunt ${url} van uw organisatie is uitgeschakeld: leveringen op rij die na alle nieuwe pogingen mislukten: ${failures}.`,
        'Er wordt niets naartoe gestuurd totdat het weer is ingeschakeld. Zodra de ontvanger antwoordt, schakelt u het eindpunt in op de pagina Integraties en verstuurt u de mislukte leveringen opnieuw.',
      ],
      actions: [{ label: 'Integraties openen', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Uw serviceaanvraag ${job.number} is geregistreerd`,
      lines: [
        `${job.manufacturerName} heeft uw serviceaanvraag ${job.number} voor uw ${job.model} (serienummer ${job.serial}) geregistreerd.`,
        'Volg hem op de volgpagina; we schrijven u ook wanneer de afspraak vaststaat en wanneer het werk klaar is.',
      ],
      actions: [{ label: 'Uw service volgen', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Uw afspraak voor ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `Het bezoek voor uw ${job.model} is gepland op ${time(appointmentAt)} op ${job.siteAddress}.`,
        technicianName ? `Uw monteur: ${technicianName}.` : 'De monteur wordt op de volgpagina genoemd.',
      ],
      actions: [{ label: 'Uw service volgen', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `Het werk aan ${job.number} is klaar`,
      lines: [`Het werk aan uw ${job.model} (serienummer ${job.serial}) is klaar.`, 'Het servicerapport staat op de volgpagina.'],
      actions: [{ label: 'Servicerapport bekijken', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `Hoe was onze service? (${job.number})`,
      lines: [`Uw serviceaanvraag ${job.number} is afgesloten. Wilt u onze service beoordelen? Het duurt een minuut.`],
      actions: [{ label: 'Onze service beoordelen', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} nodigt uw bedrijf uit in zijn servicenetwerk`,
      lines: [
        `${inviterName} (${manufacturerName}) nodigt uw bedrijf uit om als servicepartner deel te nemen aan het servicenetwerk van ${manufacturerName}.`,
        ...(firmName ? [`Uitgenodigd bedrijf: ${firmName}`] : []),
        `Open de link om uw bedrijf en de beheerder ervan te registreren of, als uw bedrijf op dit portaal al in het netwerk van een andere fabrikant werkt, om met dat bedrijf deel te nemen. De link is geldig tot ${time(expiresAt)}.`,
        `${manufacturerName} beoordeelt daarna uw registratie en keurt die goed; tot dan krijgt u geen opdrachten aangeboden.`,
      ],
      actions: [{ label: 'Registreren of deelnemen', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Uw offerte ${quoteNumber} voor ${job.model}: ${amount}`,
        lines: [
          `De servicepartner van ${job.manufacturerName} biedt het werk aan uw ${job.model} (serienummer ${job.serial}) aan voor ${amount} inclusief btw.`,
          `De regels staan op de volgpagina. De offerte is geldig tot ${time(validUntil)}; het werk gaat verder zodra u haar accepteert.`,
        ],
        actions: [
          { label: 'Offerte accepteren', url: acceptUrl },
          { label: 'Offerte weigeren', url: declineUrl },
          { label: 'Offerte bekijken', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'Mijn organisatie krijgt een opdracht aangeboden (met links om te accepteren en af te wijzen)',
    [MailKind.OFFER_DECLINED]: 'Een partner heeft een aanbod afgewezen',
    [MailKind.OFFER_EXPIRED]: 'Een aanbod is onbeantwoord verlopen',
    [MailKind.SLA_BREACHED]: 'Een opdracht heeft de SLA overschreden',
    [MailKind.FINDING_RECORDED]: 'Een auditbevinding over mijn organisatie',
    [MailKind.PARTNER_STATUS_CHANGED]: 'De status van mijn organisatie in een netwerk is gewijzigd',
    [MailKind.WEBHOOK_DISABLED]: 'Een webhook-eindpunt van mijn organisatie is uitgeschakeld',
    [MailKind.JOB_REGISTERED]: 'Opdracht geregistreerd (klant)',
    [MailKind.APPOINTMENT_SET]: 'Afspraak vastgelegd (klant)',
    [MailKind.JOB_COMPLETED]: 'Werk klaar (klant)',
    [MailKind.SURVEY_REQUEST]: 'Enquête (klant)',
    [MailKind.PARTNER_INVITATION]: 'Uitnodiging voor een servicenetwerk (aan een bedrijf)',
    [MailKind.QUOTE_SENT]: 'Offerte voor betaald werk (klant)',
  },
};
