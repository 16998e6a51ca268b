import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { SeedScorecardsQuery } from '../gql/graphql.js';
import { useServer } from '../support/use-network.js';
import { gqlOk, login } from '../support/graphql-client.js';
import { eventDetails } from '../../server/dist/modules/events/event-details.js';
import { INVITED_SLUG } from '../../server/dist/seed/invited-partner.js';

const running = useServer({ seed: true });

const ME = graphql(`
  query SeedMe { me { email } }
`);

const SCORECARDS = graphql(`
  query SeedScorecards($from: DateTime!, $to: DateTime!) {
    partnerScorecards(from: $from, to: $to) {
      offersReceived offersAccepted jobsCompleted acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction score
    }
  }
`);

const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  (await running.server.deps.orm.em.fork().execute(query, params)) as T[];

describe('the demo network keeps the promises of DESIGN.md', () => {
  it('signs in every demo login with the password demo', async () => {
    const { server } = running;
    const staff = ['admin@maker.demo', 'dispatcher@maker.demo', 'parts@maker.demo', 'auditor@maker.demo', 'admin@other.demo', 'dispatcher@other.demo'];
    const partners = await sql<{ slug: string }>(`select slug from organization where kind <> 'MANUFACTURER' order by slug`);
    expect(partners.length).toBeGreaterThanOrEqual(12);
    for (const email of [...staff, ...partners.flatMap(({ slug }) => [`admin@${slug}.demo`, `tech@${slug}.demo`])]) {
      const token = await login(server.httpUrl, email);
      const { me } = await gqlOk(server.httpUrl, ME, {}, token);
      expect(me.email).toBe(email);
    }
  });

  it('has an invited firm that registered and awaits approval (offered nothing), and an invitation not yet answered', async () => {
    const { server } = running;
    const token = await login(server.httpUrl, 'admin@maker.demo');
    const { partnerInvitations } = (await gqlOk(
      server.httpUrl,
      '{ partnerInvitations { state partner { slug status technicianCertifications { valid } } } }',
      {},
      token,
    )) as { partnerInvitations: { state: string; partner: { slug: string; status: string | null; technicianCertifications: unknown[] } | null }[] };
    expect(partnerInvitations.map((invitation) => invitation.state).sort()).toEqual(['PENDING', 'REGISTERED']);
    expect(partnerInvitations.find((invitation) => invitation.state === 'REGISTERED')?.partner).toEqual({
      slug: INVITED_SLUG,
      status: null,
      technicianCertifications: [{ valid: true }],
    });
    const [{ offers }] = await sql<{ offers: string }>(
      'select count(*) as offers from job_offer o join organization p on p.id = o.partner_id where p.slug = ?',
      [INVITED_SLUG],
    );
    expect(Number(offers)).toBe(0);
  });

  it('has partners of every kind, product lines of every strategy, and hundreds of units', async () => {
    const kinds = await sql<{ kind: string }>('select distinct kind::text from organization order by 1');
    expect(kinds.map((k) => k.kind)).toEqual(['BRANCH', 'CONSORTIUM_PARTNER', 'CUSTOMER_STAFF', 'DEALER', 'INDEPENDENT_SPECIALIST', 'MANUFACTURER']);
    const strategies = await sql<{ strategy: string }>(
      `select distinct strategy::text from product_line l join organization o on o.id = l.manufacturer_id where o.slug = 'maker' order by 1`,
    );
    expect(strategies).toHaveLength(4);
    const [{ n }] = await sql<{ n: string }>('select count(*) as n from equipment_unit');
    expect(Number(n)).toBeGreaterThanOrEqual(300);
  });

  it("has a large customer's own staff, offered and holding that customer's units only, and certified technicians", async () => {
    const [staff] = await sql<{ id: string; customer: string; units: string }>(
      `select o.id, c.name as customer, (select count(*) from equipment_unit u where u.customer_id = c.id) as units
       from organization o join customer c on c.id = o.customer_id where o.slug = 'klinik-staff' and o.kind = 'CUSTOMER_STAFF'`,
    );
    expect(staff.customer).toBe('Klinik am Park');
    expect(Number(staff.units)).toBeGreaterThanOrEqual(10);
    const [{ foreign }] = await sql<{ foreign: string }>(
      `select count(*) as foreign from service_job j join equipment_unit u on u.id = j.equipment_id
       where (j.assigned_partner_id = ? or exists (select 1 from job_offer o where o.job_id = j.id and o.partner_id = ?))
         and u.customer_id is distinct from (select customer_id from organization where id = ?)`,
      [staff.id, staff.id, staff.id],
    );
    expect(Number(foreign)).toBe(0);
    // Not vacuous: the history offered it its customer's work.
    const [{ offers }] = await sql<{ offers: string }>('select count(*) as offers from job_offer where partner_id = ?', [staff.id]);
    expect(Number(offers)).toBeGreaterThanOrEqual(1);
    const [{ technicians }] = await sql<{ technicians: string }>('select count(distinct technician_id) as technicians from technician_certification');
    expect(Number(technicians)).toBeGreaterThanOrEqual(3);
  });

  it('has parts returns in every state, one found without fault whose claim line it rejected, each step in the log', async () => {
    const returns = await sql<{ state: string; result: string | null; decision: string | null; code: string | null; events: string }>(
      `select r.state, r.result, l.decision, l.decision_reason_code as code,
         (select string_agg(e.kind::text, ',' order by e.seq) from service_event e where e.data->>'returnId' = r.id::text) as events
       from return_authorization r join claim_line l on l.id = r.claim_line_id order by r.number`,
    );
    expect(new Set(returns.map((r) => r.state))).toEqual(new Set(['REQUESTED', 'SHIPPED', 'RECEIVED', 'INSPECTED']));
    expect(returns.find((r) => r.result === 'NO_FAULT_FOUND')).toMatchObject({ decision: 'REJECTED', code: 'return.noFaultFound' });
    expect(returns.some((r) => r.result === 'CONFIRMED_FAULT')).toBe(true);
    const steps = { REQUESTED: 1, SHIPPED: 2, RECEIVED: 3, INSPECTED: 4 } as Record<string, number>;
    for (const r of returns) expect(r.events.split(',')).toHaveLength(steps[r.state]);
  });

  it('serves each region with at least three ACTIVE partners certified for REPAIR', async () => {
    const rows = await sql<{ region: string; partners: string }>(`
      select r.region, count(distinct p.id) as partners
      from (select distinct region from equipment_unit e join organization m on m.id = e.manufacturer_id where m.slug = 'maker') r
      join organization p on r.region = any(p.regions) and p.status = 'ACTIVE'
      join certification c on c.partner_id = p.id and 'REPAIR' = any(c.job_types) and c.expires_at > now()
      group by r.region`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(Number(row.partners)).toBeGreaterThanOrEqual(3);
  });

  it('has jobs in every state with history, a tech job for every partner, and statuses other than ACTIVE', async () => {
    const states = await sql<{ status: string }>('select distinct status::text from service_job order by 1');
    expect(states.map((s) => s.status).sort()).toEqual([
      'ASSIGNED',
      'AWAITING_PARTS',
      'CANCELLED',
      'CLOSED',
      'COMPLETED',
      'IN_PROGRESS',
      'NEW',
      'OFFERED',
      'SCHEDULED',
    ]);
    const withoutJob = await sql(`
      select u.email from app_user u where u.email like 'tech@%'
      and not exists (select 1 from service_job j where j.technician_id = u.id and j.status in ('ASSIGNED','SCHEDULED','IN_PROGRESS','AWAITING_PARTS'))
      -- The invited firm awaiting approval is offered nothing yet.
      and not exists (select 1 from network_membership m where m.partner_id = u.organization_id and m.pending)`);
    expect(withoutJob).toEqual([]);
    const statuses = await sql<{ status: string }>(`select distinct status::text from organization where status <> 'ACTIVE'`);
    expect(statuses.length).toBeGreaterThan(0);
    const otherJobs = await sql<{ n: string }>(
      `select count(*) as n from service_job j join organization o on o.id = j.manufacturer_id where o.slug = 'other'`,
    );
    expect(Number(otherJobs[0].n)).toBeGreaterThan(0);
    const [{ offered }] = await sql<{ offered: string }>(`select count(distinct partner_id) as offered from job_offer`);
    expect(Number(offered)).toBeGreaterThanOrEqual(8);
    const [{ surveys }] = await sql<{ surveys: string }>('select count(*) as surveys from survey');
    expect(Number(surveys)).toBeGreaterThan(0);
    // Every job's history starts with its creation.
    const orphans = await sql(
      `select j.id from service_job j where not exists (select 1 from service_event e where e.job_id = j.id and e.kind = 'JOB_CREATED')`,
    );
    expect(orphans).toEqual([]);
  });
});

interface EventRow {
  seq: string;
  kind: string;
  at: Date;
  job_id: string | null;
  data: Record<string, unknown> & { from?: string; to?: string; job?: { from: string; to: string } | null };
}

/** The job's move an event records, read as the server reads it for its typed `jobMove`. */
const jobMove = (event: EventRow) => eventDetails({ kind: event.kind as never, data: event.data }).jobMove;

describe('the demo history agrees with its event log and the scorecards', () => {
  it("has an event log without a gap, each job's events in time order, and every job where its history leaves it", async () => {
    const events = await sql<EventRow>('select seq, kind::text as kind, at, job_id, data from service_event order by seq');
    const seqs = events.map((event) => Number(event.seq));
    expect(seqs.at(-1)! - seqs[0] + 1).toBe(seqs.length);

    const state = new Map<string, string>();
    const lastAt = new Map<string, number>();
    const wrong: string[] = [];
    for (const event of events.filter((e) => e.job_id)) {
      const jobId = event.job_id!;
      const at = new Date(event.at).getTime();
      if (at < (lastAt.get(jobId) ?? 0)) wrong.push(`event ${event.seq} (${event.kind}) lies before the job's previous event`);
      lastAt.set(jobId, at);
      const move = jobMove(event);
      if (!move) continue;
      if (move.from !== null && move.from !== state.get(jobId))
        wrong.push(`event ${event.seq} (${event.kind}) moves from ${move.from}, the job was ${state.get(jobId)}`);
      state.set(jobId, move.to);
    }
    const jobs = await sql<{ id: string; number: string; status: string }>('select id, number, status::text as status from service_job');
    for (const job of jobs) if (state.get(job.id) !== job.status) wrong.push(`${job.number} is ${job.status}, its history says ${state.get(job.id)}`);
    expect(wrong).toEqual([]);
  });

  it('keeps offers, parts requests, surveys and partner statuses as their last events say', async () => {
    const offerStatus: Record<string, string> = {
      JOB_OFFERED: 'PENDING',
      OFFER_ACCEPTED: 'ACCEPTED',
      OFFER_DECLINED: 'DECLINED',
      OFFER_WITHDRAWN: 'WITHDRAWN',
      OFFER_EXPIRED: 'EXPIRED',
    };
    const offers = await sql<{ id: string; status: string; kind: string }>(`
      select o.id, o.status::text as status, (select e.kind::text from service_event e where e.offer_id = o.id order by e.seq desc limit 1) as kind
      from job_offer o`);
    expect(offers.filter((offer) => offerStatus[offer.kind] !== offer.status)).toEqual([]);

    const requests = await sql<{ id: string; status: string; kind: string; to: string }>(`
      select r.id, r.status::text as status, last.kind, last.to
      from parts_request r, lateral (
        select e.kind::text as kind, e.data->>'to' as to from service_event e
        -- The loaner events are about a line, not the request's status.
        where e.parts_request_id = r.id and e.kind::text like 'PARTS%' order by e.seq desc limit 1
      ) last`);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => (r.kind === 'PARTS_REQUESTED' ? 'REQUESTED' : r.to) !== r.status)).toEqual([]);

    const [{ surveys, submitted }] = await sql<{ surveys: string; submitted: string }>(`
      select (select count(*) from survey) as surveys, (select count(*) from service_event where kind = 'SURVEY_SUBMITTED') as submitted`);
    expect(Number(submitted)).toBe(Number(surveys));

    const partners = await sql<{ slug: string; status: string; to: string | null }>(`
      select p.slug, p.status::text as status,
        (select e.data->>'to' from service_event e where e.kind = 'PARTNER_STATUS_CHANGED' and e.partner_id = p.id order by e.seq desc limit 1) as to
      from organization p where p.kind <> 'MANUFACTURER'`);
    // A firm that registered through an invitation has no status until it is approved.
    const approved = partners.filter((p) => p.slug !== INVITED_SLUG);
    expect(partners.find((p) => p.slug === INVITED_SLUG)).toMatchObject({ status: null, to: null });
    expect(approved.filter((p) => (p.to ?? 'ACTIVE') !== p.status)).toEqual([]);
  });

  it('has quotes for paid work in every state the customer leaves them, as their last events say, and no paid work done without an accepted one', async () => {
    const quotes = await sql<{ state: string; kind: string | null }>(`
      select q.state::text as state,
        (select e.kind::text from service_event e where e.job_id = q.job_id and e.data->>'quoteId' = q.id::text order by e.seq desc limit 1) as kind
      from quote q`);
    const states = new Set(quotes.map((quote) => quote.state));
    for (const state of ['SENT', 'ACCEPTED', 'DECLINED']) expect(states).toContain(state);
    const lastEvent: Record<string, string> = { SENT: 'QUOTE_SENT', ACCEPTED: 'QUOTE_ACCEPTED', DECLINED: 'QUOTE_DECLINED' };
    expect(quotes.filter((quote) => lastEvent[quote.state] !== quote.kind)).toEqual([]);
    const unquoted = await sql<{ number: string }>(`
      select j.number from service_job j
      where j.coverage = 'POST_WARRANTY' and (j.completed_at is not null or exists (select 1 from parts_request r where r.job_id = j.id))
        and not exists (select 1 from quote q where q.job_id = j.id and q.state = 'ACCEPTED')`);
    expect(unquoted).toEqual([]);
  });

  it('computes the scorecards for the seeded period, with figures that match the log', async () => {
    const { server } = running;
    const token = await login(server.httpUrl, 'auditor@maker.demo');
    const now = server.clock.now().getTime();
    const period = { from: new Date(now - 60 * 86_400_000).toISOString(), to: new Date(now + 60_000).toISOString() };
    const { partnerScorecards: cards } = await gqlOk(server.httpUrl, SCORECARDS, period, token);
    const [{ partners }] = await sql<{ partners: string }>(
      `select count(*) as partners from network_membership m join organization o on o.id = m.manufacturer_id where o.slug = 'maker'`,
    );
    expect(cards).toHaveLength(Number(partners));

    const [log] = await sql<{ offers: string; accepted: string; completed: string }>(`
      select count(*) filter (where e.kind = 'JOB_OFFERED') as offers, count(*) filter (where e.kind = 'OFFER_ACCEPTED') as accepted,
        count(*) filter (where e.kind = 'JOB_COMPLETED') as completed
      from service_event e join organization o on o.id = e.manufacturer_id where o.slug = 'maker'`);
    const sum = (figure: (card: Card) => number) => cards.reduce((total, card) => total + figure(card), 0);
    expect(sum((c) => c.offersReceived)).toBe(Number(log.offers));
    expect(sum((c) => c.offersAccepted)).toBe(Number(log.accepted));
    expect(sum((c) => c.jobsCompleted)).toBe(Number(log.completed));

    // Most partners have a record to judge; every rate is a share and every score a percentage.
    expect(cards.filter((c) => c.offersReceived > 0).length).toBeGreaterThanOrEqual(8);
    expect(cards.filter((c) => c.jobsCompleted > 0).length).toBeGreaterThanOrEqual(6);
    const rates = cards.flatMap((c) => [c.acceptanceRate, c.slaResponseCompliance, c.slaResolutionCompliance, c.firstTimeFixRate]);
    expect(rates.filter((rate) => rate !== null && (rate < 0 || rate > 1))).toEqual([]);
    const ratings = cards.map((c) => c.meanSatisfaction).filter((rating): rating is number => rating !== null);
    expect(ratings.length).toBeGreaterThan(0);
    expect(ratings.filter((rating) => rating < 1 || rating > 5)).toEqual([]);
    expect(cards.filter((c) => c.score < 0 || c.score > 100)).toEqual([]);
    expect(cards.filter((c) => c.score > 0).length).toBeGreaterThanOrEqual(6);
  });
});

type Card = SeedScorecardsQuery['partnerScorecards'][number];
