import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork, useServer } from '../support/use-network.js';
import { errorCode, gql, gqlOk, login, until } from '../support/graphql-client.js';
import { SmtpReceiver, linkIn } from '../support/smtp-receiver.js';
import { loadConfig } from '../../server/dist/config.js';
import { PartnerStatus } from '../../server/dist/modules/network/network.enums.js';

/**
 * Users' language and time zone (setMyPreferences, the sign-in answer), the codes beside the
 * server's English (dispatch candidates' reasons, the quality gate's refusals), and a German demo
 * partner's offer mail arriving in German over real SMTP.
 */

const network = useNetwork({ partners: 2, statuses: [PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED], minPhotos: 2 });

const SET_PREFERENCES = graphql(`
  mutation LanguageSetPreferences($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }
`);
const ME = graphql(`
  query LanguageMe { me { id locale timeZone } }
`);
const SIGN_IN = graphql(`
  mutation LanguageSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { user { email locale timeZone } } }
`);
const CANDIDATES = graphql(`
  query LanguageCandidates($j: ID!) {
    dispatchCandidates(jobId: $j) { partner { id slug } eligible reasons reasonCodes { code params text } }
  }
`);
const JOB_EVENTS = graphql(`
  query LanguageJobEvents($id: ID!) { job(id: $id) { events { kind missing missingCodes { code params text } } } }
`);

describe('a user’s language and time zone', () => {
  it('stores a language the portal speaks and a real IANA zone (as Intl names it), and the sign-in answer carries them', async () => {
    const { server, api, net } = network;
    const admin = net.partners[0].admin;
    const set = await api.ok(admin, SET_PREFERENCES, { input: { locale: 'de', timeZone: 'europe/berlin' } });
    expect(set.setMyPreferences).toEqual({ id: admin.id, locale: 'de', timeZone: 'Europe/Berlin' });
    expect((await api.ok(admin, ME)).me).toMatchObject({ locale: 'de', timeZone: 'Europe/Berlin' });
    const signedIn = await gqlOk(server.httpUrl, SIGN_IN, { email: admin.email, password: 'demo' });
    expect(signedIn.login.user).toEqual({ email: admin.email, locale: 'de', timeZone: 'Europe/Berlin' });

    // An absent field stays; null clears it (the browser decides again).
    expect((await api.ok(admin, SET_PREFERENCES, { input: { locale: 'da' } })).setMyPreferences).toMatchObject({ locale: 'da', timeZone: 'Europe/Berlin' });
    expect((await api.ok(admin, SET_PREFERENCES, { input: { timeZone: null } })).setMyPreferences).toMatchObject({ locale: 'da', timeZone: null });
    // Each user sets only their own.
    expect((await api.ok(net.partners[0].tech, ME)).me).toMatchObject({ locale: null, timeZone: null });
  });

  it.each([
    ['a language the portal does not speak', { locale: 'fr' }, 'locale'],
    ['a language tag instead of a code', { locale: 'de-DE' }, 'locale'],
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['an offset, not a zone', { timeZone: '+02:00' }, 'timeZone'],
    ['an empty zone', { timeZone: '' }, 'timeZone'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_name, input, field) => {
    const { api, net } = network;
    const tech = net.partners[1].tech;
    await api.ok(tech, SET_PREFERENCES, { input: { locale: 'ru', timeZone: 'Europe/Amsterdam' } });
    const refused = await api.call(tech, SET_PREFERENCES, { input });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe(field);
    expect((await api.ok(tech, ME)).me).toMatchObject({ locale: 'ru', timeZone: 'Europe/Amsterdam' });
  });

  it('refuses an anonymous caller', async () => {
    const { server } = network;
    expect(errorCode(await gql(server.httpUrl, SET_PREFERENCES, { input: { locale: 'de' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('codes beside the server’s English', () => {
  it("gives every dispatch candidate's reason a code with parameters, and NOT_ELIGIBLE lists the blockers' codes", async () => {
    const { api, net } = network;
    const [active, suspended] = net.partners;
    const job = await api.createJob(net);
    const { dispatchCandidates } = await api.ok(net.dispatcher, CANDIDATES, { j: job.id });
    for (const candidate of dispatchCandidates) {
      expect(candidate.reasonCodes.map((reason) => reason.text)).toEqual(candidate.reasons);
      for (const reason of candidate.reasonCodes) expect(reason.code).toMatch(/^candidate\.[a-zA-Z]+$/);
    }
    const first = dispatchCandidates.find((candidate) => candidate.partner.id === active.id)!;
    expect(first.reasonCodes.find((reason) => reason.code === 'candidate.capacity')).toEqual({
      code: 'candidate.capacity',
      params: { load: 0, capacity: expect.any(Number) },
      text: expect.stringMatching(/^Capacity: 0 of \d+ open jobs$/),
    });
    const blocked = dispatchCandidates.find((candidate) => candidate.partner.id === suspended.id)!;
    expect(blocked.reasonCodes[0]).toEqual({ code: 'candidate.suspended', params: {}, text: 'Suspended: receives no offers' });

    const refused = await api.offer(net, job.id, [suspended.id]);
    expect(errorCode(refused)).toBe('NOT_ELIGIBLE');
    const [partner] = refused.errors![0].extensions!.partners as { partnerId: string; reasons: string[]; reasonCodes: { code: string }[] }[];
    expect(partner.partnerId).toBe(suspended.id);
    expect(partner.reasons).toEqual(['Suspended: receives no offers']);
    expect(partner.reasonCodes).toEqual([{ code: 'candidate.suspended', params: {}, text: 'Suspended: receives no offers' }]);
  });

  it("says the quality gate's refusal as codes in the error and on the job's event", async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner);
    const [firstItem] = net.checklist;
    const refused = await api.complete(partner.tech, job.id, { ...api.fullReport(net), checklist: [] });
    expect(errorCode(refused)).toBe('QUALITY_GATE_FAILED');
    const missing = refused.errors![0].extensions!.missing as { id: string; label: string; code: string; params: Record<string, unknown> }[];
    const photos = missing.find((item) => item.code === 'gate.photos')!;
    expect(photos).toMatchObject({ id: 'photo', params: { required: 2, taken: 0 }, label: 'At least 2 photos taken during the work (0 so far)' });
    const item = missing.find((entry) => entry.id === firstItem)!;
    expect(item).toMatchObject({ code: 'gate.checklistItem', params: { item: item.label } });

    const { job: read } = await api.ok(net.dispatcher, JOB_EVENTS, { id: job.id });
    const event = read!.events.find((entry) => entry.kind === 'QUALITY_GATE_FAILED')!;
    expect(event.missingCodes!.map((phrase) => phrase.text)).toEqual(event.missing);
    expect(event.missingCodes!.map((phrase) => phrase.code)).toEqual(missing.map((entry) => entry.code));
    expect(event.missingCodes!.find((phrase) => phrase.code === 'gate.photos')!.params).toEqual({ required: 2, taken: 0 });
  });
});

describe('mail in the recipient’s language', () => {
  const receiver = new SmtpReceiver();
  let smtpUrl = '';
  beforeAll(async () => {
    smtpUrl = await receiver.start();
  });
  afterAll(() => receiver.stop());
  const demo = useServer(() => ({ seed: true, config: { messages: { ...loadConfig({}).messages, smtpUrl, mailFrom: 'Portal <no-reply@mail.portal.test>' } } }));

  const sql = async <T>(query: string, params: unknown[] = []) => (await demo.server.deps.orm.em.fork().execute(query, params)) as T[];

  it("mails a German demo partner's admin the offer in German, with its times in the admin's zone", async () => {
    const { server } = demo;
    const dispatcher = await login(server.httpUrl, 'dispatcher@maker.demo');
    // A unit in a region the German partners serve; the first eligible German-speaking partner gets the offer.
    const [unit] = await sql<{ serial: string }>(
      `select e.serial from equipment_unit e join organization m on m.id = e.manufacturer_id
       where m.slug = 'maker' and e.region = 'NORTH' order by e.serial limit 1`,
    );
    const created = await gqlOk(
      server.httpUrl,
      'mutation($i: CreateJobInput!) { createJob(input: $i) { id number } }',
      { i: { serial: unit.serial, type: 'INSPECTION', description: 'Jährliche Prüfung' } },
      dispatcher,
    );
    const job = created.createJob as { id: string; number: string };
    const { dispatchCandidates } = await gqlOk(server.httpUrl, CANDIDATES, { j: job.id }, dispatcher);
    const german = await sql<{ slug: string; email: string; time_zone: string }>(
      `select o.slug, u.email, u.time_zone from app_user u join organization o on o.id = u.organization_id where u.locale = 'de' and u.role = 'PARTNER_ADMIN'`,
    );
    const chosen = dispatchCandidates.find((candidate) => candidate.eligible && german.some((row) => row.slug === candidate.partner.slug))!;
    expect(chosen).toBeDefined();
    const admin = german.find((row) => row.slug === chosen.partner.slug)!;
    expect(admin.time_zone).toMatch(/^Europe\/(Berlin|Zurich|Vienna)$/);

    await gqlOk(
      server.httpUrl,
      'mutation($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }',
      { j: job.id, p: [chosen.partner.id] },
      dispatcher,
    );
    await server.deps.consumers.drain();
    await until(() => receiver.to(admin.email).some((mail) => mail.subject?.includes(job.number)), 15_000, 'the offer mail');

    const mail = receiver.to(admin.email).find((message) => message.subject?.includes(job.number))!;
    const text = mail.text ?? '';
    expect(mail.subject).toMatch(new RegExp(`^Auftragsangebot ${job.number}: Antwort bis .+ \\(${admin.time_zone.replace('/', '\\/')}\\)$`));
    expect(text).toMatch(/^Guten Tag /);
    expect(text).toContain(`bietet Ihrer Organisation den Auftrag ${job.number} an: Jährliche Prüfung`);
    expect(new URL(linkIn(text, 'Angebot annehmen')).pathname).toMatch(/^\/offer\//);
    expect(new URL(linkIn(text, 'Angebot ablehnen')).pathname).toMatch(/^\/offer\//);
    expect(mail.html).toContain('<html lang="de">');
    // No English of the catalogue's left in it.
    for (const english of [
      'Hello',
      'Job offer',
      'offers your organization',
      'Equipment:',
      'The offer expires',
      'Accept the offer',
      'Decline the offer',
      'Open the inbox',
      'You receive this',
      'Choose which emails',
    ]) {
      expect(text).not.toContain(english);
    }
    const [stored] = await sql<{ language: string }>(`select language from mail_message where job_id = ? and recipient = ?`, [job.id, admin.email]);
    expect(stored.language).toBe('de');
  });

  it('gives the demo users the languages the README names', async () => {
    const rows = await sql<{ email: string; locale: string; time_zone: string | null }>(`select email, locale, time_zone from app_user order by email`);
    const localeOf = (email: string) => rows.find((row) => row.email === email)?.locale;
    for (const slug of [
      'maker-north',
      'maker-south',
      'alpine-service',
      'riverside-tech',
      'kessler-kaelte',
      'meier-sons',
      'quickfix-24',
      'drivetrain-consortium',
      'hydra-consortium',
    ]) {
      expect({ slug, locale: localeOf(`admin@${slug}.demo`) }).toEqual({ slug, locale: 'de' });
    }
    expect(localeOf('admin@precision-field.demo')).toBe('da');
    expect(localeOf('tech@controlsys-consortium.demo')).toBe('ru');
    expect(localeOf('admin@other.demo')).toBe('nl');
    expect(localeOf('dispatcher@maker.demo')).toBe('en');
    expect(localeOf('admin@coastline-repairs.demo')).toBe('en');
    expect(rows.find((row) => row.email === 'admin@precision-field.demo')?.time_zone).toBe('Europe/Copenhagen');
  });
});
