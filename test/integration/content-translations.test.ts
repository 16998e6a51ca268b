import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { StandardTextsInput } from '../gql/graphql.js';
import type { Actor } from '../support/factory.js';
import { type Result, type TypedDocument, type VariablesArg, dataOf, errorCode } from '../support/graphql-client.js';
import { readPdf } from '../support/pdf.js';
import { useNetwork } from '../support/use-network.js';

/**
 * The manufacturer's texts in the reader's language: checklist items and instructions of a
 * standard, reason codes of declines and findings, translated by the manufacturer's admin; a reader
 * gets them in the language the request asks for (Accept-Language, until users carry their own),
 * falling back to the text as written; what people typed stays as typed. And the service report
 * of a job a customer asked for in German is written in German.
 */
const network = useNetwork({ partners: 2 });

const STANDARD_TEXTS = graphql(`
  mutation TranslationsSetStandardTexts($input: StandardTextsInput!) {
    setStandardTexts(input: $input) { id instructions instructionsAsWritten checklist { id label labelAsWritten translations { language text } } }
  }
`);
const SET_STANDARD = graphql(`
  mutation TranslationsSetStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }
`);
const JOB_CHECKLIST = graphql(`
  query TranslationsJobChecklist($id: ID!) {
    job(id: $id) { id qualityStandard { instructions checklist { id label labelAsWritten } } }
  }
`);
const JOBS_CHECKLIST = graphql(`
  query TranslationsJobsChecklist {
    jobs(first: 5) { edges { node { id qualityStandard { instructions checklist { id label } } } } }
  }
`);
const SET_REASON_CODE = graphql(`
  mutation TranslationsSetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { id code label labelAsWritten active translations { language text } } }
`);
const REASON_CODES = graphql(`
  query TranslationsReasonCodes($kind: ReasonKind!, $m: ID, $o: ID) { reasonCodes(kind: $kind, manufacturerId: $m, offerId: $o) { code label } }
`);
const DECLINE = graphql(`
  mutation TranslationsDecline($o: ID!, $r: String!, $c: String) { declineOffer(offerId: $o, reason: $r, reasonCode: $c) { id status declineReason declineCode { code label } } }
`);
const JOB_OFFERS = graphql(`
  query TranslationsJobOffers($id: ID!) { job(id: $id) { offers { id status declineReason declineCode { code label labelAsWritten } } } }
`);
const RECORD_FINDING = graphql(`
  mutation TranslationsRecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id text reasonCode { code label } } }
`);
const FINDINGS = graphql(`
  query TranslationsFindings { findings { id text reasonCode { code label } } }
`);
const SUBMIT_REQUEST = graphql(`
  mutation TranslationsSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token matched jobNumber } }
`);
const SET_CALENDAR = graphql(`
  mutation TranslationsSetCalendar($o: ID) {
    setBusinessCalendar(organizationId: $o, calendar: { timeZone: "Europe/Berlin", hours: [{ day: MON, intervals: ["08:00-17:00"] }] }) { version }
  }
`);

/** A call as `actor` whose client asks for `language` (the browser's Accept-Language). */
async function ask<R, V>(actor: Actor | undefined, language: string | null, document: TypedDocument<R, V>, ...variables: VariablesArg<V>): Promise<Result<R>> {
  const response = await fetch(network.server.httpUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(language ? { 'accept-language': language } : {}),
      ...(actor ? { authorization: `Bearer ${actor.token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables: variables[0] ?? {} }),
  });
  return { ...((await response.json()) as Omit<Result<R>, 'status'>), status: response.status };
}
const askOk = async <R, V>(actor: Actor | undefined, language: string | null, document: TypedDocument<R, V>, ...variables: VariablesArg<V>): Promise<R> =>
  dataOf(await ask(actor, language, document, ...variables)) as R;

let standardId: string;

beforeAll(async () => {
  const { net, server } = network;
  const [row] = await server.deps.orm.em
    .fork()
    .execute<{ id: string }[]>(`select id from quality_standard where product_line_id = ? and job_type = 'REPAIR'`, [net.productLineId]);
  standardId = row.id;
  // The safety item and the instructions are translated; the test run is not.
  await askOk(net.admin, null, STANDARD_TEXTS, {
    input: {
      standardId,
      instructions: 'Keep the failed part for 30 days.',
      instructionsTranslations: [{ language: 'de', text: 'Das defekte Teil 30 Tage aufbewahren.' }],
      checklist: [
        {
          itemId: 'safety',
          translations: [
            { language: 'de', text: 'Sicherheitsprüfung erledigt' },
            { language: 'ru', text: 'Проверка безопасности выполнена' },
          ],
        },
      ],
    },
  });
  for (const [kind, code, label, de] of [
    ['DECLINE', 'NO_CAPACITY', 'No capacity at the requested time', 'Keine Kapazität zum gewünschten Zeitpunkt'],
    ['DECLINE', 'OUT_OF_AREA', 'Site outside our service area', 'Standort außerhalb unseres Servicegebiets'],
    ['FINDING', 'SAFETY', 'Safety', 'Sicherheit'],
  ] as const) {
    await askOk(net.admin, null, SET_REASON_CODE, { input: { kind, code, label, translations: [{ language: 'de', text: de }] } });
  }
});

describe("a standard's checklist in the technician's language", () => {
  it('reads German for a German technician, English for an English one, and the text as written where nothing is translated', async () => {
    const { net, api } = network;
    const german = net.partners[0];
    const english = net.partners[1];
    const { job: germanJob } = await api.startedJob(net, german);
    const { job: englishJob } = await api.startedJob(net, english, net.paidSerial);

    const inGerman = (await askOk(german.tech, 'de-DE,de;q=0.9,en;q=0.5', JOB_CHECKLIST, { id: germanJob.id })).job!.qualityStandard!;
    expect(inGerman.instructions).toBe('Das defekte Teil 30 Tage aufbewahren.');
    expect(inGerman.checklist).toEqual([
      { id: 'safety', label: 'Sicherheitsprüfung erledigt', labelAsWritten: 'Safety check done' },
      // Not translated: as the manufacturer wrote it.
      { id: 'test-run', label: 'Test run under load', labelAsWritten: 'Test run under load' },
    ]);

    const inEnglish = (await askOk(english.tech, 'en-GB,en;q=0.8', JOB_CHECKLIST, { id: englishJob.id })).job!.qualityStandard!;
    expect(inEnglish.instructions).toBe('Keep the failed part for 30 days.');
    expect(inEnglish.checklist.map((item) => item.label)).toEqual(['Safety check done', 'Test run under load']);

    // A language the manufacturer has not written (Danish) or none at all: as written.
    const danish = (await askOk(german.tech, 'da', JOB_CHECKLIST, { id: germanJob.id })).job!.qualityStandard!;
    expect(danish.checklist.map((item) => item.label)).toEqual(['Safety check done', 'Test run under load']);
    const unasked = (await askOk(german.tech, null, JOB_CHECKLIST, { id: germanJob.id })).job!.qualityStandard!;
    expect(unasked.checklist[0].label).toBe('Safety check done');

    // The list read (planned in one statement) translates the same way.
    const list = await askOk(german.tech, 'ru', JOBS_CHECKLIST);
    const listed = list.jobs.edges.find((edge) => edge.node.id === germanJob.id)!.node.qualityStandard!;
    expect(listed.checklist.map((item) => item.label)).toEqual(['Проверка безопасности выполнена', 'Test run under load']);
  });

  it("keeps the items' translations when the standard's checklist is set again, and refuses what it cannot keep", async () => {
    const { net } = network;
    await askOk(net.admin, null, SET_STANDARD, {
      input: {
        productLineId: net.productLineId,
        jobType: 'REPAIR',
        responseMinutes: 120,
        resolutionMinutes: 1440,
        checklist: [
          { id: 'safety', label: 'Safety check done' },
          { id: 'test-run', label: 'Test run under load' },
        ],
        requiredReportFields: ['resolution', 'failureCode'],
        requiresSignature: false,
        laborRateCeiling: { amount: '90.00', currency: 'EUR' },
        maxLaborMinutes: 240,
      },
    });
    const answer = await askOk(net.admin, 'de', STANDARD_TEXTS, { input: { standardId } });
    expect(answer.setStandardTexts.checklist[0]).toMatchObject({ label: 'Sicherheitsprüfung erledigt', labelAsWritten: 'Safety check done' });
    expect(answer.setStandardTexts.checklist[0].translations).toEqual([
      { language: 'de', text: 'Sicherheitsprüfung erledigt' },
      { language: 'ru', text: 'Проверка безопасности выполнена' },
    ]);
    expect(answer.setStandardTexts.instructions).toBe('Das defekte Teil 30 Tage aufbewahren.');
    const refused = async (input: StandardTextsInput) => errorCode(await ask(net.admin, null, STANDARD_TEXTS, { input }));
    expect(await refused({ standardId, checklist: [{ itemId: 'no-such-item', translations: [] }] })).toBe('BAD_USER_INPUT');
    expect(await refused({ standardId, instructionsTranslations: [{ language: 'fr', text: 'Gardez la pièce' }] })).toBe('BAD_USER_INPUT');
    const twice = [
      { language: 'de', text: 'a' },
      { language: 'de', text: 'b' },
    ];
    expect(await refused({ standardId, instructionsTranslations: twice })).toBe('BAD_USER_INPUT');
    // Only the manufacturer's admin edits texts; another manufacturer's standard is not found.
    expect(errorCode(await ask(net.dispatcher, null, STANDARD_TEXTS, { input: { standardId } }))).toBe('FORBIDDEN');
    expect(errorCode(await ask(net.partners[0].admin, null, SET_REASON_CODE, { input: { kind: 'DECLINE', code: 'X', label: 'x' } }))).toBe('FORBIDDEN');
  });
});

describe('reason codes', () => {
  it("show a decline's code in the dispatcher's language and the partner's words as typed", async () => {
    const { net, api } = network;
    const partner = net.partners[0];
    // The partner reads the manufacturer's list to choose from, in its own language.
    const codes = await askOk(partner.admin, 'de', REASON_CODES, { kind: 'DECLINE', m: net.manufacturerId });
    expect(codes.reasonCodes).toEqual([
      { code: 'NO_CAPACITY', label: 'Keine Kapazität zum gewünschten Zeitpunkt' },
      { code: 'OUT_OF_AREA', label: 'Standort außerhalb unseres Servicegebiets' },
    ]);

    const job = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [partner.id]);
    // Or by the offer it answers (the portal's decline form).
    expect((await askOk(partner.admin, 'de', REASON_CODES, { kind: 'DECLINE', o: offer.id })).reasonCodes).toEqual(codes.reasonCodes);
    expect(errorCode(await ask(net.partners[1].admin, null, REASON_CODES, { kind: 'DECLINE', o: offer.id }))).toBe('NOT_FOUND');
    expect(errorCode(await ask(partner.admin, null, DECLINE, { o: offer.id, r: 'x', c: 'NO_SUCH_CODE' }))).toBe('BAD_USER_INPUT');
    const declined = await askOk(partner.admin, 'de', DECLINE, { o: offer.id, r: 'Unser Techniker ist krank', c: 'NO_CAPACITY' });
    expect(declined.declineOffer).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Unser Techniker ist krank',
      declineCode: { code: 'NO_CAPACITY', label: 'Keine Kapazität zum gewünschten Zeitpunkt' },
    });

    // The dispatcher reads English: the code's label in English, the typed words as typed.
    const [seen] = (await askOk(net.dispatcher, 'en', JOB_OFFERS, { id: job.id })).job!.offers;
    expect(seen).toMatchObject({
      declineReason: 'Unser Techniker ist krank',
      declineCode: { code: 'NO_CAPACITY', label: 'No capacity at the requested time', labelAsWritten: 'No capacity at the requested time' },
    });
    const [seenInGerman] = (await askOk(net.dispatcher, 'de', JOB_OFFERS, { id: job.id })).job!.offers;
    expect(seenInGerman.declineCode!.label).toBe('Keine Kapazität zum gewünschten Zeitpunkt');
    expect(seenInGerman.declineReason).toBe('Unser Techniker ist krank');

    // A retired code keeps its label where it was used and is offered no more.
    await askOk(net.admin, null, SET_REASON_CODE, { input: { kind: 'DECLINE', code: 'OUT_OF_AREA', label: 'Site outside our service area', active: false } });
    const listed = await askOk(partner.admin, null, REASON_CODES, { kind: 'DECLINE', m: net.manufacturerId });
    expect(listed.reasonCodes.map((code) => code.code)).toEqual(['NO_CAPACITY']);
    const again = await api.createJob(net);
    const [second] = await api.offerOk(net, again.id, [partner.id]);
    expect(errorCode(await ask(partner.admin, null, DECLINE, { o: second.id, r: 'too far', c: 'OUT_OF_AREA' }))).toBe('BAD_USER_INPUT');

    // A partner reads only the lists of the manufacturers it serves.
    expect(errorCode(await ask(partner.admin, null, REASON_CODES, { kind: 'DECLINE', m: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it("show a finding's category in the partner's language beside the auditor's text", async () => {
    const { net, server } = network;
    const partner = net.partners[1];
    const due = new Date(server.clock.now().getTime() + 7 * 86_400_000).toISOString();
    const recorded = await askOk(net.auditor, 'en', RECORD_FINDING, {
      input: { partnerId: partner.id, severity: 'MAJOR', text: 'Guard left open during the test run', correctiveActionDueAt: due, reasonCode: 'SAFETY' },
    });
    expect(recorded.recordFinding.reasonCode).toEqual({ code: 'SAFETY', label: 'Safety' });
    const findings = await askOk(partner.admin, 'de-AT', FINDINGS);
    expect(findings.findings.find((finding) => finding.id === recorded.recordFinding.id)).toEqual({
      id: recorded.recordFinding.id,
      text: 'Guard left open during the test run',
      reasonCode: { code: 'SAFETY', label: 'Sicherheit' },
    });
    const wrongKind = await ask(net.auditor, null, RECORD_FINDING, {
      input: { partnerId: partner.id, severity: 'MINOR', text: 'x', correctiveActionDueAt: due, reasonCode: 'NO_CAPACITY' },
    });
    expect(errorCode(wrongKind)).toBe('BAD_USER_INPUT');
  });
});

describe("the service report in the customer's language", () => {
  it('is written in German for a customer who asked in German, in the partner’s time zone', async () => {
    const { net, api, server } = network;
    const partner = net.partners[0];
    await askOk(net.admin, null, SET_CALENDAR, { o: partner.id });
    const receipt = await askOk(undefined, null, SUBMIT_REQUEST, {
      input: {
        manufacturer: `maker-${net.suffix}`,
        serial: net.paidSerial,
        contactName: 'Hermine Kundin',
        contactEmail: 'hermine@customer.test',
        description: 'Der Kompressor schaltet nach zehn Minuten ab.',
        locale: 'de-CH',
      },
    });
    expect(receipt.submitServiceRequest.matched).toBe(true);
    const [{ id: jobId }] = await server.deps.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from service_job where number = ?', [receipt.submitServiceRequest.jobNumber]);
    const [offer] = await api.offerOk(net, jobId, [partner.id]);
    expect((await api.accept(partner.admin, offer.id)).errors).toBeUndefined();
    expect((await api.schedule(partner.admin, jobId, partner.tech.id)).errors).toBeUndefined();
    expect((await api.start(partner.tech, jobId)).errors).toBeUndefined();
    // The unit is past its warranty: paid work goes on once the customer accepts its quote.
    await api.acceptedQuote(net, partner.tech, jobId);
    const completed = await api.complete(partner.tech, jobId, {
      resolution: 'Anlaufkondensator ersetzt',
      failureCode: 'E-ELEC',
      checklist: net.checklist.map((itemId) => ({ itemId, done: true })),
      laborMinutes: 95,
    });
    expect(completed.errors).toBeUndefined();
    await server.deps.reports.settled();

    const [report] = await server.deps.orm.em
      .fork()
      .execute<{ storage_key: string }[]>(`select storage_key from attachment where job_id = ? and kind = 'REPORT'`, [jobId]);
    const { text } = readPdf((await server.deps.files.storage.get(report.storage_key))!);
    for (const expected of ['Servicebericht', 'ZEITEN (EUROPE/BERLIN)', 'Gemeldetes Problem', 'Reparatur', '95 Min. (1 Std. 35 Min.)', 'Seite 1 von']) {
      expect(text).toContain(expected);
    }
    // The manufacturer's German label, the fallback for the untranslated item, the typed words as typed.
    expect(text).toMatch(/Sicherheitsprüfung erledigt\s+Erledigt/);
    expect(text).toMatch(/Test run under load\s+Erledigt/);
    expect(text).toContain('Anlaufkondensator ersetzt');
    expect(text).toContain('Der Kompressor schaltet nach zehn Minuten ab.');
    expect(text).not.toContain('Service report');
  });
});
