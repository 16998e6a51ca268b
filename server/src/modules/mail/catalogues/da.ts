// Machine translated from the English catalogue (en.ts); awaits review by a Danish-speaking person.
import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'da-DK';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'reaktionsfrist', RESOLUTION: 'løsningsfrist' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'aktiv', PROBATION: 'på prøve', SUSPENDED: 'suspenderet' };
const SEVERITY: Record<string, string> = { MINOR: 'mindre', MAJOR: 'væsentlig', CRITICAL: 'kritisk' };

const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `For lidt nyligt arbejde til en vurdering (${p.offers} tilbud, seneste ${p.days} dage); tilbage på prøve`,
  'status.belowSuspension': (p) => `Score ${p.score} er under suspenderingsgrænsen ${p.threshold} (seneste ${p.days} dage)`,
  'status.belowProbation': (p) => `Score ${p.score} er under prøvegrænsen ${p.threshold} (seneste ${p.days} dage)`,
  'status.recovered': (p) => `Score ${p.score} er igen nået op på grænsen ${p.threshold} eller derover (seneste ${p.days} dage)`,
} satisfies Catalogue['statusReasons'];

export const da: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Hej ${name},` : 'Hej,'),
  userFooter: 'Du modtager denne e-mail på grund af din rolle i servicenetværket.',
  preferencesLabel: 'Vælg hvilke e-mails du modtager',
  customerFooter: 'Du modtager denne e-mail, fordi du har bedt om service på dit udstyr.',
  unsubscribeLabel: 'Afmeld disse e-mails',
  invitationFooter:
    'Du modtager denne e-mail, fordi en producent har inviteret denne adresse ind i sit servicenetværk. Hvis du ikke ventede den, så se bort fra den: intet sker uden linket.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Opgavetilbud ${job.number}: svar senest ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} tilbyder din organisation opgave ${job.number}: ${job.description}`,
        `Udstyr: ${job.model}, serienummer ${job.serial}, på adressen ${job.siteAddress}.`,
        `Tilbuddet udløber ${time(expiresAt)}. Hvert link nedenfor virker én gang; du kan også svare i portalens indbakke.`,
      ],
      actions: [
        { label: 'Acceptér tilbuddet', url: acceptUrl },
        { label: 'Afvis tilbuddet', url: declineUrl },
        { label: 'Åbn indbakken', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} afviste opgave ${job.number}`,
      lines: [`${partnerName} afviste tilbuddet om opgave ${job.number} (${job.model}, ${job.siteAddress}).`, `Begrundelse: ${reason}`],
      actions: [{ label: 'Åbn opgaven', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Tilbuddet om opgave ${job.number} er udløbet`,
      lines: [`Tilbuddet om opgave ${job.number} (${job.model}, ${job.siteAddress}) til ${partnerName} udløb uden svar.`],
      actions: [{ label: 'Åbn opgaven', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `SLA overskredet: opgave ${job.number} (${CLOCK[clock]})`,
      lines: [`Opgave ${job.number} (${job.model}, ${job.siteAddress}) overskred sin ${CLOCK[clock]}, ${time(dueAt)}.`],
      actions: [{ label: 'Åbn opgaven', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Auditfund (${SEVERITY[severity] ?? severity}) fra ${manufacturerName}`,
      lines: [
        `${manufacturerName} har registreret et ${SEVERITY[severity] ?? severity} auditfund:`,
        text,
        `Den korrigerende handling skal være udført senest ${time(dueAt)}.`,
      ],
      actions: [{ label: 'Åbn fundene', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Din status i ${manufacturerName}s netværk: ${STATUS[to] ?? to}`,
      lines: [
        `Din status i ${manufacturerName}s servicenetværk er ændret fra ${STATUS[from] ?? from} til ${STATUS[to] ?? to}.`,
        `Begrundelse: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Åbn dit scorekort', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Webhook-endepunkt deaktiveret: ${url}`,
      lines: [
        `Din organisations webhook-endepunkt ${url} blev deaktiveret: leveringer i træk, der mislykkedes efter alle genforsøg: ${failures}.`,
        'Der sendes intet til det, før det aktiveres igen. Når modtageren svarer, skal du aktivere endepunktet på siden Integrationer og sende de mislykkede leveringer igen.',
      ],
      actions: [{ label: 'Åbn Integrationer', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Din serviceanmodning ${job.number} er registreret`,
      lines: [
        `${job.manufacturerName} har registreret din serviceanmodning ${job.number} for din ${job.model} (serienummer ${job.serial}).`,
        'Følg den på dens sporingsside; vi skriver også, når aftalen er på plads, og når arbejdet er udført.',
      ],
      actions: [{ label: 'Følg din service', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Din aftale for ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `Besøget for din ${job.model} er fastsat til ${time(appointmentAt)} på adressen ${job.siteAddress}.`,
        technicianName ? `Din tekniker: ${technicianName}.` : 'Teknikeren vil blive nævnt på sporingssiden.',
      ],
      actions: [{ label: 'Følg din service', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `Arbejdet på ${job.number} er udført`,
      lines: [`Arbejdet på din ${job.model} (serienummer ${job.serial}) er udført.`, 'Servicerapporten ligger på sporingssiden.'],
      actions: [{ label: 'Se servicerapporten', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `Hvordan var vores service? (${job.number})`,
      lines: [`Din serviceanmodning ${job.number} er afsluttet. Vil du bedømme vores service? Det tager et minut.`],
      actions: [{ label: 'Bedøm vores service', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} inviterer jeres firma ind i sit servicenetværk`,
      lines: [
        `${inviterName} (${manufacturerName}) inviterer jeres firma til at blive servicepartner i ${manufacturerName}s servicenetværk.`,
        ...(firmName ? [`Inviteret firma: ${firmName}`] : []),
        `Åbn linket for at registrere jeres firma og dets administrator eller, hvis jeres firma allerede arbejder i en anden producents netværk på denne portal, for at tilslutte jer med det. Linket gælder indtil ${time(expiresAt)}.`,
        `${manufacturerName} gennemgår derefter registreringen og godkender den; indtil da får I ikke tilbudt opgaver.`,
      ],
      actions: [{ label: 'Registrér eller tilslut', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Dit tilbud ${quoteNumber} på ${job.model}: ${amount}`,
        lines: [
          `${job.manufacturerName}s servicepartner giver tilbud på arbejdet på din ${job.model} (serienummer ${job.serial}): ${amount} inklusive moms.`,
          `Linjerne står på sporingssiden. Tilbuddet gælder til ${time(validUntil)}; arbejdet fortsætter, når du accepterer det.`,
        ],
        actions: [
          { label: 'Accepter tilbuddet', url: acceptUrl },
          { label: 'Afvis tilbuddet', url: declineUrl },
          { label: 'Se tilbuddet', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'En opgave tilbydes min organisation (med links til at acceptere og afvise)',
    [MailKind.OFFER_DECLINED]: 'En partner afviste et tilbud',
    [MailKind.OFFER_EXPIRED]: 'Et tilbud udløb uden svar',
    [MailKind.SLA_BREACHED]: 'En opgave overskred sin SLA',
    [MailKind.FINDING_RECORDED]: 'Et auditfund om min organisation',
    [MailKind.PARTNER_STATUS_CHANGED]: 'Min organisations status i et netværk er ændret',
    [MailKind.WEBHOOK_DISABLED]: 'Et webhook-endepunkt i min organisation blev deaktiveret',
    [MailKind.JOB_REGISTERED]: 'Opgave registreret (kunde)',
    [MailKind.APPOINTMENT_SET]: 'Aftale fastsat (kunde)',
    [MailKind.JOB_COMPLETED]: 'Arbejde udført (kunde)',
    [MailKind.SURVEY_REQUEST]: 'Undersøgelse (kunde)',
    [MailKind.PARTNER_INVITATION]: 'Invitation til et servicenetværk (til et firma)',
    [MailKind.QUOTE_SENT]: 'Tilbud på betalt arbejde (kunde)',
  },
};
