import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'en-GB';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'response', RESOLUTION: 'resolution' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'active', PROBATION: 'probation', SUSPENDED: 'suspended' };
const SEVERITY: Record<string, string> = { MINOR: 'minor', MAJOR: 'major', CRITICAL: 'critical' };

/** The reasons of automatic status decisions (shared/phrases.ts status.*), as the server's English says them. */
const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `Too little recent work to judge (${p.offers} offers, last ${p.days} days); back on probation`,
  'status.belowSuspension': (p) => `Score ${p.score} is below the suspension threshold ${p.threshold} (last ${p.days} days)`,
  'status.belowProbation': (p) => `Score ${p.score} is below the probation threshold ${p.threshold} (last ${p.days} days)`,
  'status.recovered': (p) => `Score ${p.score} recovered to the threshold ${p.threshold} or above (last ${p.days} days)`,
} satisfies Catalogue['statusReasons'];

export const en: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  userFooter: 'You receive this because of your role in the service network.',
  preferencesLabel: 'Choose which emails you receive',
  customerFooter: 'You receive this because you asked for service on your equipment.',
  unsubscribeLabel: 'Unsubscribe from these emails',
  invitationFooter:
    'You receive this because a manufacturer invited this address into its service network. If you did not expect it, ignore it: nothing happens without the link.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Job offer ${job.number}: answer by ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} offers your organization job ${job.number}: ${job.description}`,
        `Equipment: ${job.model}, serial ${job.serial}, at ${job.siteAddress}.`,
        `The offer expires ${time(expiresAt)}. Each link below works once; you can also answer in the portal's inbox.`,
      ],
      actions: [
        { label: 'Accept the offer', url: acceptUrl },
        { label: 'Decline the offer', url: declineUrl },
        { label: 'Open the inbox', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} declined job ${job.number}`,
      lines: [`${partnerName} declined the offer of job ${job.number} (${job.model}, ${job.siteAddress}).`, `Reason: ${reason}`],
      actions: [{ label: 'Open the job', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Offer of job ${job.number} expired`,
      lines: [`The offer of job ${job.number} (${job.model}, ${job.siteAddress}) to ${partnerName} expired unanswered.`],
      actions: [{ label: 'Open the job', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `SLA breached: job ${job.number} (${CLOCK[clock]})`,
      lines: [`Job ${job.number} (${job.model}, ${job.siteAddress}) missed its ${CLOCK[clock]} deadline, ${time(dueAt)}.`],
      actions: [{ label: 'Open the job', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Audit finding (${SEVERITY[severity] ?? severity}) from ${manufacturerName}`,
      lines: [`${manufacturerName} recorded a ${SEVERITY[severity] ?? severity} audit finding:`, text, `The corrective action is due ${time(dueAt)}.`],
      actions: [{ label: 'Open the findings', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Your status in ${manufacturerName}'s network: ${STATUS[to] ?? to}`,
      lines: [
        `Your status in ${manufacturerName}'s service network changed from ${STATUS[from] ?? from} to ${STATUS[to] ?? to}.`,
        `Reason: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Open your scorecard', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Webhook endpoint disabled: ${url}`,
      lines: [
        `Your organization's webhook endpoint ${url} was disabled: ${failures} deliveries in a row failed after all their retries.`,
        'Nothing is sent to it until it is enabled again. Once the receiver answers, enable the endpoint on the Integrations page and replay the failed deliveries.',
      ],
      actions: [{ label: 'Open Integrations', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Your service request ${job.number} is registered`,
      lines: [
        `${job.manufacturerName} has registered your service request ${job.number} for your ${job.model} (serial ${job.serial}).`,
        'Follow it on its tracking page; we also write when the appointment is set and when the work is done.',
      ],
      actions: [{ label: 'Track your service', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Your appointment for ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `The visit for your ${job.model} is set for ${time(appointmentAt)} at ${job.siteAddress}.`,
        technicianName ? `Your technician: ${technicianName}.` : 'The technician will be named on the tracking page.',
      ],
      actions: [{ label: 'Track your service', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `The work on ${job.number} is done`,
      lines: [`The work on your ${job.model} (serial ${job.serial}) is done.`, 'The service report is on the tracking page.'],
      actions: [{ label: 'See the service report', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `How was our service? (${job.number})`,
      lines: [`Your service request ${job.number} is closed. Would you rate our service? It takes a minute.`],
      actions: [{ label: 'Rate our service', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} invites your firm into its service network`,
      lines: [
        `${inviterName} (${manufacturerName}) invites your firm to join ${manufacturerName}'s service network as a service partner.`,
        ...(firmName ? [`Invited firm: ${firmName}`] : []),
        `Open the link to register your firm and its administrator or, if your firm already works in another manufacturer's network on this portal, to join with it. The link is valid until ${time(expiresAt)}.`,
        `${manufacturerName} then reviews your registration and approves it; until then you are not offered jobs.`,
      ],
      actions: [{ label: 'Register or join', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Your quote ${quoteNumber} for ${job.model}: ${amount}`,
        lines: [
          `${job.manufacturerName}'s service partner quotes the work on your ${job.model} (serial ${job.serial}): ${amount} including tax.`,
          `The lines are on the tracking page. The quote is valid until ${time(validUntil)}; the work goes on once you accept it.`,
        ],
        actions: [
          { label: 'Accept the quote', url: acceptUrl },
          { label: 'Decline the quote', url: declineUrl },
          { label: 'See the quote', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'A job is offered to my organization (with accept and decline links)',
    [MailKind.OFFER_DECLINED]: 'A partner declined an offer',
    [MailKind.OFFER_EXPIRED]: 'An offer expired unanswered',
    [MailKind.SLA_BREACHED]: 'A job breached its SLA',
    [MailKind.FINDING_RECORDED]: 'An audit finding about my organization',
    [MailKind.PARTNER_STATUS_CHANGED]: "My organization's status in a network changed",
    [MailKind.WEBHOOK_DISABLED]: 'A webhook endpoint of my organization was disabled',
    [MailKind.JOB_REGISTERED]: 'Job registered (customer)',
    [MailKind.APPOINTMENT_SET]: 'Appointment set (customer)',
    [MailKind.JOB_COMPLETED]: 'Work done (customer)',
    [MailKind.SURVEY_REQUEST]: 'Survey (customer)',
    [MailKind.PARTNER_INVITATION]: 'Invitation into a service network (to a firm)',
    [MailKind.QUOTE_SENT]: 'Quote for paid work (customer)',
  },
};
