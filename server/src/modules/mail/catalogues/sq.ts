// Machine translated from the English catalogue (en.ts); awaits review by an Albanian-speaking person.
import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'sq-AL';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'afatin e reagimit', RESOLUTION: 'afatin e zgjidhjes' } as const;
const CLOCK_SHORT = { RESPONSE: 'reagimi', RESOLUTION: 'zgjidhja' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'aktiv', PROBATION: 'në provë', SUSPENDED: 'pezulluar' };
const SEVERITY: Record<string, string> = { MINOR: 'të vogël', MAJOR: 'të rëndësishme', CRITICAL: 'kritike' };

const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `Shumë pak punë së fundmi për një vlerësim (${p.offers} oferta, ${p.days} ditët e fundit); sërish në provë`,
  'status.belowSuspension': (p) => `Pikët ${p.score} janë nën pragun e pezullimit ${p.threshold} (${p.days} ditët e fundit)`,
  'status.belowProbation': (p) => `Pikët ${p.score} janë nën pragun e provës ${p.threshold} (${p.days} ditët e fundit)`,
  'status.recovered': (p) => `Pikët ${p.score} u rikthyen në pragun ${p.threshold} ose më lart (${p.days} ditët e fundit)`,
} satisfies Catalogue['statusReasons'];

export const sq: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Përshëndetje ${name},` : 'Përshëndetje,'),
  userFooter: 'E merrni këtë mesazh për shkak të rolit tuaj në rrjetin e shërbimit.',
  preferencesLabel: 'Zgjidhni cilat email-e merrni',
  customerFooter: 'E merrni këtë mesazh sepse kërkuat shërbim për pajisjen tuaj.',
  unsubscribeLabel: 'Çregjistrohuni nga këto email-e',
  invitationFooter:
    'E merrni këtë email sepse një prodhues e ftoi këtë adresë në rrjetin e tij të shërbimit. Nëse nuk e prisnit, shpërfilleni: pa lidhjen nuk ndodh asgjë.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Ofertë pune ${job.number}: përgjigjuni deri më ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} i ofron organizatës suaj punën ${job.number}: ${job.description}`,
        `Pajisja: ${job.model}, numri serial ${job.serial}, në ${job.siteAddress}.`,
        `Oferta skadon më ${time(expiresAt)}. Secila lidhje më poshtë funksionon një herë; mund të përgjigjeni edhe te kutia hyrëse e portalit.`,
      ],
      actions: [
        { label: 'Pranoni ofertën', url: acceptUrl },
        { label: 'Refuzoni ofertën', url: declineUrl },
        { label: 'Hapni kutinë hyrëse', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} refuzoi punën ${job.number}`,
      lines: [`${partnerName} refuzoi ofertën për punën ${job.number} (${job.model}, ${job.siteAddress}).`, `Arsyeja: ${reason}`],
      actions: [{ label: 'Hapni punën', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Oferta për punën ${job.number} skadoi`,
      lines: [`Oferta për punën ${job.number} (${job.model}, ${job.siteAddress}) drejtuar ${partnerName} skadoi pa përgjigje.`],
      actions: [{ label: 'Hapni punën', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `SLA e shkelur: puna ${job.number} (${CLOCK_SHORT[clock]})`,
      lines: [`Puna ${job.number} (${job.model}, ${job.siteAddress}) humbi ${CLOCK[clock]}, ${time(dueAt)}.`],
      actions: [{ label: 'Hapni punën', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Gjetje auditimi nga ${manufacturerName}`,
      lines: [
        `${manufacturerName} regjistroi një gjetje auditimi ${SEVERITY[severity] ?? severity}:`,
        text,
        `Veprimi korrigjues duhet kryer deri më ${time(dueAt)}.`,
      ],
      actions: [{ label: 'Hapni gjetjet', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Statusi juaj në rrjetin e ${manufacturerName}: ${STATUS[to] ?? to}`,
      lines: [
        `Statusi juaj në rrjetin e shërbimit të ${manufacturerName} ndryshoi nga ${STATUS[from] ?? from} në ${STATUS[to] ?? to}.`,
        `Arsyeja: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Hapni kartën tuaj të pikëve', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Pika fundore e webhook-ut u çaktivizua: ${url}`,
      lines: [
        `Pika fundore e webhook-ut ${url} e organizatës suaj u çaktivizua: dërgesa radhazi që dështuan pas të gjitha riprovimeve: ${failures}.`,
        'Asgjë nuk i dërgohet derisa të aktivizohet sërish. Kur marrësi të përgjigjet, aktivizoni pikën fundore te faqja Integrimet dhe ridërgoni dërgesat e dështuara.',
      ],
      actions: [{ label: 'Hapni Integrimet', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Kërkesa juaj për shërbim ${job.number} u regjistrua`,
      lines: [
        `${job.manufacturerName} regjistroi kërkesën tuaj për shërbim ${job.number} për ${job.model} tuaj (numri serial ${job.serial}).`,
        'Ndiqeni në faqen e gjurmimit; ju shkruajmë edhe kur caktohet takimi dhe kur puna përfundon.',
      ],
      actions: [{ label: 'Gjurmoni shërbimin tuaj', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Takimi juaj për ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `Vizita për ${job.model} tuaj është caktuar më ${time(appointmentAt)} në ${job.siteAddress}.`,
        technicianName ? `Tekniku juaj: ${technicianName}.` : 'Tekniku do të emërohet në faqen e gjurmimit.',
      ],
      actions: [{ label: 'Gjurmoni shërbimin tuaj', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `Puna për ${job.number} përfundoi`,
      lines: [`Puna në ${job.model} tuaj (numri serial ${job.serial}) përfundoi.`, 'Raporti i shërbimit gjendet në faqen e gjurmimit.'],
      actions: [{ label: 'Shihni raportin e shërbimit', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `Si ishte shërbimi ynë? (${job.number})`,
      lines: [`Kërkesa juaj për shërbim ${job.number} u mbyll. A do ta vlerësonit shërbimin tonë? Zgjat një minutë.`],
      actions: [{ label: 'Vlerësoni shërbimin tonë', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} fton firmën tuaj në rrjetin e tij të shërbimit`,
      lines: [
        `${inviterName} (${manufacturerName}) fton firmën tuaj të bashkohet si partner shërbimi në rrjetin e shërbimit të ${manufacturerName}.`,
        ...(firmName ? [`Firma e ftuar: ${firmName}`] : []),
        `Hapni lidhjen për të regjistruar firmën tuaj dhe administratorin e saj ose, nëse firma juaj punon tashmë në rrjetin e një prodhuesi tjetër në këtë portal, për t'u bashkuar me të. Lidhja është e vlefshme deri më ${time(expiresAt)}.`,
        `Më pas ${manufacturerName} shqyrton regjistrimin tuaj dhe e miraton; deri atëherë nuk ju ofrohen punë.`,
      ],
      actions: [{ label: 'Regjistrohu ose bashkohu', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Oferta juaj ${quoteNumber} për ${job.model}: ${amount}`,
        lines: [
          `Partneri i shërbimit i ${job.manufacturerName} ofron punën për ${job.model} tuaj (numri serial ${job.serial}): ${amount} me taksë.`,
          `Zërat janë në faqen e ndjekjes. Oferta vlen deri më ${time(validUntil)}; puna vazhdon sapo ta pranoni.`,
        ],
        actions: [
          { label: 'Prano ofertën', url: acceptUrl },
          { label: 'Refuzo ofertën', url: declineUrl },
          { label: 'Shiko ofertën', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'Organizatës sime i ofrohet një punë (me lidhje për pranim dhe refuzim)',
    [MailKind.OFFER_DECLINED]: 'Një partner refuzoi një ofertë',
    [MailKind.OFFER_EXPIRED]: 'Një ofertë skadoi pa përgjigje',
    [MailKind.SLA_BREACHED]: 'Një punë shkeli SLA-në e saj',
    [MailKind.FINDING_RECORDED]: 'Një gjetje auditimi për organizatën time',
    [MailKind.PARTNER_STATUS_CHANGED]: 'Statusi i organizatës sime në një rrjet ndryshoi',
    [MailKind.WEBHOOK_DISABLED]: 'Një pikë fundore webhook-u e organizatës sime u çaktivizua',
    [MailKind.JOB_REGISTERED]: 'Puna u regjistrua (klient)',
    [MailKind.APPOINTMENT_SET]: 'Takimi u caktua (klient)',
    [MailKind.JOB_COMPLETED]: 'Puna përfundoi (klient)',
    [MailKind.SURVEY_REQUEST]: 'Anketë (klient)',
    [MailKind.PARTNER_INVITATION]: 'Ftesë në një rrjet shërbimi (për një firmë)',
    [MailKind.QUOTE_SENT]: 'Ofertë për punë me pagesë (klient)',
  },
};
