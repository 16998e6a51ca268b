/**
 * Text the server writes for people, as a code with parameters beside today's English: the
 * portal renders the code in the reader's language (web/src/i18n/messages/<lang>/server.json,
 * `server.<code>`) and falls back to `text` for a code it does not know. Codes are stable: a
 * changed meaning is a new code. Parameters are plain values (numbers for plurals, ISO dates as
 * "YYYY-MM-DD", names as typed); text people typed is passed as a parameter, never translated.
 */

export type PhraseParams = Record<string, string | number>;

export interface Phrase {
  code: PhraseCode;
  params: PhraseParams;
  /** The English text, as the server said it before codes existed. */
  text: string;
}

type English = (params: PhraseParams) => string;

const ENGLISH = {
  // Text kept from before codes existed (an old event's item), shown as it was written.
  text: (p) => String(p.text ?? ''),
  // Dispatch candidates (modules/dispatch/eligibility-rules.ts)
  'candidate.suspended': () => 'Suspended: receives no offers',
  'candidate.pending': () => 'Awaiting approval into the network: receives no offers',
  'candidate.probation': () => 'On probation: manual offers only',
  'candidate.active': () => 'Active',
  'candidate.certified': (p) => `Certified for ${p.jobType} on ${p.productLine} until ${p.until}`,
  'candidate.certificationExpired': (p) => `Certification for ${p.jobType} on ${p.productLine} expired`,
  'candidate.notCertified': (p) => `Not certified for ${p.jobType} on ${p.productLine}`,
  'candidate.ownCustomer': () => "The customer's own staff",
  'candidate.otherCustomer': () => "Another customer's own staff: offered only its customer's units",
  'candidate.certifiedTechnicians': (p) => `${p.count} ${Number(p.count) === 1 ? 'technician' : 'technicians'} certified for ${p.jobType} on ${p.productLine}`,
  'candidate.noCertifiedTechnician': (p) => `No technician certified for ${p.jobType} on ${p.productLine}: the standard requires one`,
  'candidate.servesRegion': (p) => `Serves region ${p.region}`,
  'candidate.outsideRegion': (p) => `Does not serve region ${p.region}`,
  'candidate.distanceUnknown': () => 'Distance unknown',
  'candidate.beyondRadius': (p) => `${p.km} km away: beyond its ${p.radiusKm} km service radius`,
  'candidate.withinRadius': (p) => `${p.km} km away, within its ${p.radiusKm} km service radius`,
  'candidate.distance': (p) => `${p.km} km away`,
  'candidate.capacity': (p) => `Capacity: ${p.load} of ${p.capacity} open jobs`,
  'candidate.atCapacity': (p) => `At capacity: ${p.load} of ${p.capacity} open jobs`,
  'candidate.pendingOffer': () => 'Already has a pending offer for this job',
  // Booking a technician (modules/job/technician-certified.ts)
  'schedule.technicianNotCertified': (p) =>
    `${p.technician} is not certified for ${p.jobType} on ${p.productLine}: the job's standard requires a certified technician`,
  'candidate.turnedDown': () => 'Turned this job down before: manual offers only',
  // The quality gate's refusals (modules/quality/quality-gate.ts)
  'gate.resolution': () => 'Resolution',
  'gate.failureCode': () => 'Failure code',
  'gate.reportField': (p) => String(p.field),
  'gate.checklistItem': (p) => String(p.item),
  'gate.photos': (p) =>
    Number(p.required) === 1 ? 'At least one photo taken during the work' : `At least ${p.required} photos taken during the work (${p.taken} so far)`,
  'gate.signature': () => "The customer's drawn signature",
  // Price rules of paid work (modules/quality/quality-gate.ts)
  'price.overFlatRate': (p) => `${p.minutes} labour minutes exceed the flat rate of ${p.maxMinutes}`,
  'price.currencyMismatch': (p) => `the labour rate is in ${p.rateCurrency}, the ceiling in ${p.ceilingCurrency}: amounts are never converted`,
  'price.rateAboveCeiling': (p) => `the labour rate ${p.rate} ${p.rateCurrency} exceeds the ceiling of ${p.ceiling} ${p.ceilingCurrency}`,
  // Paid work within the customer's accepted quote (modules/job/quote-gate.ts)
  'price.aboveQuote': (p) => `the charges of ${p.charges} ${p.currency} exceed the accepted quote ${p.quote} (${p.net} ${p.currency} net)`,
  'price.quoteCurrency': (p) => `the accepted quote ${p.quote} is in ${p.currency}, the charges in ${p.other}: amounts are never converted`,
  // Automatic partner status decisions (modules/scorecard/partner-status.service.ts)
  'status.tooLittleWork': (p) => `Too little recent work to judge (${p.offers} offers, last ${p.days} days); back on probation`,
  'status.belowSuspension': (p) => `Score ${p.score} is below the suspension threshold ${p.threshold} (last ${p.days} days)`,
  'status.belowProbation': (p) => `Score ${p.score} is below the probation threshold ${p.threshold} (last ${p.days} days)`,
  'status.recovered': (p) => `Score ${p.score} recovered to the threshold ${p.threshold} or above (last ${p.days} days)`,
} satisfies Record<string, English>;

export type PhraseCode = keyof typeof ENGLISH;

export const PHRASE_CODES = Object.keys(ENGLISH) as PhraseCode[];

export const isPhraseCode = (code: unknown): code is PhraseCode => typeof code === 'string' && Object.hasOwn(ENGLISH, code);

/** A phrase with its English text. */
export function phrase(code: PhraseCode, params: PhraseParams = {}): Phrase {
  return { code, params, text: (ENGLISH[code] as English)(params) };
}

/**
 * A phrase as stored in an event's payload (`code` and `params` beside other keys), back with its
 * text; `fallback` (English written before codes existed) becomes a `text` phrase; null without either.
 */
export function storedPhrase(value: unknown, fallback?: unknown): Phrase | null {
  const { code, params } = typeof value === 'object' && value !== null ? (value as { code?: unknown; params?: unknown }) : {};
  if (isPhraseCode(code)) return phrase(code, typeof params === 'object' && params !== null ? (params as PhraseParams) : {});
  return typeof fallback === 'string' ? phrase('text', { text: fallback }) : null;
}
