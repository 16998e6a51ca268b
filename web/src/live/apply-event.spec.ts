import { describe, expect, it } from 'vitest';
import type { InMemoryCache } from '@apollo/client';
import { createCache } from '../apollo/cache';
import { applyEvent } from './apply-event';
import { BOARD_COLUMN } from '../features/board/BoardColumn';
import { INBOX_OFFERS } from '../features/inbox/Inbox';
import { QUEUE } from '../features/parts/PartsQueue';
import { CASE_FILE } from '../features/job/job.documents';
import { INVITATIONS } from '../features/onboarding/PartnerInvitations';
import { CLAIM, CLAIMS } from '../features/claims/claims.documents';
import type { BoardColumnQuery, ClaimState, EventKind, JobStatus, LiveEventFragment, PartsRequestStatus } from '../gql/graphql';

/**
 * The live module on a real InMemoryCache, in Node: screens' queries are written as the server
 * would answer them, events applied, and the queries read back complete (a row short of a field
 * would make Apollo read the screen again).
 */
type Job = NonNullable<LiveEventFragment['job']>;
type Offer = NonNullable<LiveEventFragment['offer']>;
type Request = NonNullable<LiveEventFragment['partsRequest']>;
type Claim = NonNullable<LiveEventFragment['claim']>;

const eur = (amount: string) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

function claim(n: number, state: ClaimState, decision: 'APPROVED' | 'REJECTED' | null = null): Claim {
  return {
    __typename: 'WarrantyClaim',
    id: uuid(5000 + n),
    number: `WC-2026-${String(n).padStart(6, '0')}`,
    state,
    coverage: 'WARRANTY',
    submittedAt: at(n),
    reviewDueAt: at(n + 600),
    reviewedAt: decision ? at(n + 60) : null,
    paidAt: null,
    paymentBatch: null,
    claimed: [eur('70.00')],
    approved: decision ? [eur(decision === 'APPROVED' ? '70.00' : '0.00')] : [],
    partner: { __typename: 'Organization', id: uuid(6000), name: 'Partner' },
    job: {
      __typename: 'ServiceJob',
      id: uuid(n),
      number: `SJ-2026-${String(n).padStart(6, '0')}`,
      equipment: { __typename: 'EquipmentUnit', id: uuid(1000 + n), model: { __typename: 'ProductModel', id: uuid(2000) } },
    },
    lines: [
      {
        __typename: 'ClaimLine',
        id: uuid(7000 + n),
        kind: 'LABOR',
        description: 'Labour',
        quantity: '1',
        minutes: 60,
        ownStock: false,
        partsRequestLineId: null,
        faultySerial: null,
        replacementSerial: null,
        unitPrice: eur('70.00'),
        amount: eur('70.00'),
        limit: eur('70.00'),
        decision,
        approvedAmount: decision ? eur(decision === 'APPROVED' ? '70.00' : '0.00') : null,
        decisionReasonCode: null,
        decisionReason: null,
        part: null,
        returnAuthorization: null,
      },
    ],
    messages: [],
  } as Claim;
}

let seq = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 8, minute)).toISOString();
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function job(n: number, status: JobStatus, extra: Partial<Job> = {}): Job {
  return {
    __typename: 'ServiceJob',
    id: uuid(n),
    number: `SJ-2026-${String(n).padStart(6, '0')}`,
    type: 'REPAIR',
    status,
    priority: 2,
    coverage: 'WARRANTY',
    source: 'STAFF',
    createdAt: at(n),
    responseDueAt: at(n + 60),
    resolutionDueAt: at(n + 600),
    resolutionPausedAt: null,
    responseClock: { __typename: 'SlaClock', mode: 'CALENDAR', workingMinutesLeft: null },
    resolutionClock: { __typename: 'SlaClock', mode: 'CALENDAR', workingMinutesLeft: null },
    description: `Fault ${n}`,
    version: 1,
    appointmentAt: null,
    completedAt: null,
    closedAt: null,
    resolution: null,
    failureCode: null,
    laborMinutes: null,
    reopenCount: 0,
    cancelReason: null,
    surveyToken: null,
    maintenanceDueAt: null,
    resolutionPausedMinutes: 0,
    responseBreachedAt: null,
    resolutionBreachedAt: null,
    technician: null,
    viewerCan: {
      __typename: 'JobActions',
      ...{ offer: false, autoDispatch: false, accept: false, decline: false, schedule: false, assignTechnician: false },
      ...{ start: false, requestParts: false, complete: false, close: false, reopen: false, cancel: false },
    },
    equipment: {
      __typename: 'EquipmentUnit',
      id: uuid(1000 + n),
      serial: `HX-${n}`,
      region: 'NORTH',
      siteAddress: 'Main St 1',
      model: { __typename: 'ProductModel', id: uuid(2000), name: 'Compressor' },
      customer: null,
    },
    assignedPartner: null,
    quote: null,
    ...extra,
  } as Job;
}

function offer(n: number, of: Job, status: Offer['status']): Offer {
  return {
    __typename: 'JobOffer',
    id: uuid(3000 + n),
    status,
    expiresAt: at(n + 30),
    declineReason: null,
    declineCode: null,
    automatic: false,
    createdAt: of.createdAt,
    partner: { __typename: 'Organization', id: uuid(4000), name: 'Alpine Service' },
    job: of,
  } as Offer;
}

function request(n: number, of: Job, status: PartsRequestStatus): Request {
  return {
    __typename: 'PartsRequest',
    id: uuid(5000 + n),
    status,
    trackingCode: null,
    decisionNote: null,
    createdAt: at(n),
    job: { __typename: 'ServiceJob', id: of.id, number: of.number },
    lines: [],
    viewerCan: { __typename: 'PartsRequestActions', decide: false, ship: false, receive: false, returnLoaner: false },
  } as Request;
}

function event(
  kind: EventKind,
  subject: { job?: Job | null; jobId?: string; offer?: Offer; request?: Request; claim?: Claim },
  moves: Partial<Pick<LiveEventFragment, 'jobMove' | 'offerMove' | 'partsMove'>> = {},
): LiveEventFragment {
  seq++;
  return {
    __typename: 'ServiceEvent',
    cursor: `c${seq}`,
    kind,
    at: at(seq),
    jobId: subject.jobId ?? subject.job?.id ?? null,
    actor: null,
    partner: null,
    jobMove: null,
    offerMove: null,
    partsMove: null,
    reason: null,
    slaClock: null,
    missing: null,
    missingCodes: null,
    trackingCode: null,
    rating: null,
    invitationId: null,
    job: subject.job ?? null,
    offer: subject.offer ?? null,
    partsRequest: subject.request ?? null,
    claim: subject.claim ?? null,
    ...moves,
  } as LiveEventFragment;
}

const move = <S extends string>(typename: string, from: S | null, to: S) => ({ __typename: typename, from, to }) as never;

function column(cache: InMemoryCache, status: JobStatus, jobs: Job[], totalCount = jobs.length, hasNextPage = false) {
  const variables = { filter: { status: [status] }, first: 25 };
  cache.writeQuery({
    query: BOARD_COLUMN,
    variables,
    data: {
      __typename: 'Query',
      jobs: {
        __typename: 'JobConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: jobs.length ? `end-${status}` : null },
        edges: jobs.map((j, i) => ({ __typename: 'JobEdge', cursor: `${status}-${i}`, node: j })),
      },
    } as BoardColumnQuery,
  });
  return () => {
    const read = cache.readQuery({ query: BOARD_COLUMN, variables });
    if (!read) throw new Error(`the ${status} column is no longer complete in the cache`);
    return { count: read.jobs.totalCount, numbers: read.jobs.edges.map((edge) => edge.node.number) };
  };
}

describe('applying live events to the cache', () => {
  it('a new job enters its column at the top and is counted; other columns stay', () => {
    const cache = createCache();
    const fresh = column(cache, 'NEW', [job(2, 'NEW'), job(1, 'NEW')]);
    const offered = column(cache, 'OFFERED', [job(3, 'OFFERED')]);
    applyEvent(cache, event('JOB_CREATED', { job: job(9, 'NEW') }, { jobMove: move('JobStatusMove', null, 'NEW') }));
    expect(fresh()).toEqual({ count: 3, numbers: ['SJ-2026-000009', 'SJ-2026-000002', 'SJ-2026-000001'] });
    expect(offered()).toEqual({ count: 1, numbers: ['SJ-2026-000003'] });
  });

  it('a job moves column by its typed move, placed by age, and a broadcast counts once', () => {
    const cache = createCache();
    const mover = job(2, 'NEW');
    const fresh = column(cache, 'NEW', [job(5, 'NEW'), mover, job(1, 'NEW')]);
    const offered = column(cache, 'OFFERED', [job(4, 'OFFERED'), job(1, 'OFFERED')]);
    const nowOffered = { ...mover, status: 'OFFERED' } as Job;
    applyEvent(cache, event('JOB_OFFERED', { job: nowOffered, offer: offer(1, nowOffered, 'PENDING') }, { jobMove: move('JobStatusMove', 'NEW', 'OFFERED') }));
    applyEvent(cache, event('JOB_OFFERED', { job: nowOffered, offer: offer(2, nowOffered, 'PENDING') }));
    expect(fresh()).toEqual({ count: 2, numbers: ['SJ-2026-000005', 'SJ-2026-000001'] });
    expect(offered()).toEqual({ count: 3, numbers: ['SJ-2026-000004', 'SJ-2026-000002', 'SJ-2026-000001'] });
  });

  it('a job beyond the loaded page changes the counts only', () => {
    const cache = createCache();
    const fresh = column(cache, 'NEW', [job(9, 'NEW'), job(8, 'NEW')], 40, true);
    const offered = column(cache, 'OFFERED', [job(7, 'OFFERED')], 10, true);
    const old = job(1, 'OFFERED');
    applyEvent(cache, event('JOB_OFFERED', { job: old }, { jobMove: move('JobStatusMove', 'NEW', 'OFFERED') }));
    expect(fresh()).toEqual({ count: 39, numbers: ['SJ-2026-000009', 'SJ-2026-000008'] });
    expect(offered()).toEqual({ count: 11, numbers: ['SJ-2026-000007'] });
  });

  it('a filter the job does not fit keeps it out of the list and the count', () => {
    const cache = createCache();
    const variables = { filter: { status: ['NEW' as JobStatus], region: ['SOUTH'] }, first: 25 };
    cache.writeQuery({
      query: BOARD_COLUMN,
      variables,
      data: {
        __typename: 'Query',
        jobs: { __typename: 'JobConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
      },
    });
    applyEvent(cache, event('JOB_CREATED', { job: job(3, 'NEW') }, { jobMove: move('JobStatusMove', null, 'NEW') }));
    applyEvent(
      cache,
      event(
        'JOB_CREATED',
        { job: job(4, 'NEW', { equipment: { ...job(4, 'NEW').equipment, region: 'SOUTH' } }) },
        { jobMove: move('JobStatusMove', null, 'NEW') },
      ),
    );
    expect(cache.readQuery({ query: BOARD_COLUMN, variables })?.jobs).toMatchObject({ totalCount: 1, edges: [{ node: { number: 'SJ-2026-000004' } }] });
  });

  it('a job the viewer may no longer see leaves every list and its case file answers null', () => {
    const cache = createCache();
    const gone = job(2, 'OFFERED');
    const offered = column(cache, 'OFFERED', [gone, job(1, 'OFFERED')]);
    cache.writeQuery({ query: CASE_FILE, variables: { id: gone.id }, data: { __typename: 'Query', job: null } });
    applyEvent(cache, event('OFFER_WITHDRAWN', { jobId: gone.id, job: null }));
    expect(offered()).toEqual({ count: 1, numbers: ['SJ-2026-000001'] });
    expect(cache.readQuery({ query: CASE_FILE, variables: { id: gone.id } })?.job).toBeNull();
  });

  it("the admin's invitations follow a firm's registration and approval made elsewhere", () => {
    const cache = createCache();
    const invitation = {
      __typename: 'PartnerInvitation' as const,
      id: uuid(900),
      email: 'info@kaelte-nord.test',
      firmName: 'Kälte Nord',
      kind: null,
      state: 'PENDING' as const,
      expiresAt: at(50),
      createdAt: at(0),
      registeredAt: null,
      decidedAt: null,
      declineReason: null,
      partner: null,
    };
    cache.writeQuery({ query: INVITATIONS, data: { __typename: 'Query', partnerInvitations: [invitation] } });
    applyEvent(cache, { ...event('PARTNER_REGISTERED', { jobId: undefined }), invitationId: invitation.id });
    expect(cache.readQuery({ query: INVITATIONS })?.partnerInvitations[0]).toMatchObject({ state: 'REGISTERED', registeredAt: at(seq) });
    applyEvent(cache, { ...event('PARTNER_APPROVED', { jobId: undefined }), invitationId: invitation.id });
    expect(cache.readQuery({ query: INVITATIONS })?.partnerInvitations[0]).toMatchObject({ state: 'APPROVED', decidedAt: at(seq) });
    // Another network's invitation (not in this cache) changes nothing.
    applyEvent(cache, { ...event('PARTNER_REGISTERED', { jobId: undefined }), invitationId: uuid(901) });
    expect(cache.readQuery({ query: INVITATIONS })?.partnerInvitations).toHaveLength(1);
  });

  it("the inbox's pending offers follow the offer's moves", () => {
    const cache = createCache();
    const variables = { first: 50 };
    cache.writeQuery({
      query: INBOX_OFFERS,
      variables,
      data: {
        __typename: 'Query',
        offers: { __typename: 'JobOfferConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
      },
    });
    const offeredJob = job(6, 'OFFERED');
    const pending = offer(6, offeredJob, 'PENDING');
    applyEvent(cache, event('JOB_OFFERED', { job: offeredJob, offer: pending }, { offerMove: move('OfferStatusMove', null, 'PENDING') }));
    expect(cache.readQuery({ query: INBOX_OFFERS, variables })?.offers).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: pending.id, status: 'PENDING' } }],
    });
    const accepted = { ...pending, status: 'ACCEPTED' } as Offer;
    applyEvent(
      cache,
      event(
        'OFFER_ACCEPTED',
        { job: { ...offeredJob, status: 'ASSIGNED' } as Job, offer: accepted },
        { offerMove: move('OfferStatusMove', 'PENDING', 'ACCEPTED') },
      ),
    );
    expect(cache.readQuery({ query: INBOX_OFFERS, variables })?.offers).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("the parts queue follows the request's moves, per status and for all", () => {
    const cache = createCache();
    for (const status of ['REQUESTED', null] as const)
      cache.writeQuery({ query: QUEUE, variables: { status }, data: { __typename: 'Query', partsRequests: [] } });
    const of = job(7, 'AWAITING_PARTS');
    const asked = request(7, of, 'REQUESTED');
    applyEvent(cache, event('PARTS_REQUESTED', { job: of, request: asked }, { partsMove: move('PartsRequestStatusMove', null, 'REQUESTED') }));
    const ids = (status: 'REQUESTED' | null) => cache.readQuery({ query: QUEUE, variables: { status } })?.partsRequests.map((r) => `${r.id}:${r.status}`);
    expect(ids('REQUESTED')).toEqual([`${asked.id}:REQUESTED`]);
    applyEvent(
      cache,
      event('PARTS_DECIDED', { job: of, request: { ...asked, status: 'APPROVED' } }, { partsMove: move('PartsRequestStatusMove', 'REQUESTED', 'APPROVED') }),
    );
    expect(ids('REQUESTED')).toEqual([]);
    expect(ids(null)).toEqual([`${asked.id}:APPROVED`]);
  });

  it("the case file's history, offers and parts requests grow, and its facts change", () => {
    const cache = createCache();
    const open = job(8, 'NEW');
    cache.writeQuery({
      query: CASE_FILE,
      variables: { id: open.id },
      data: {
        job: {
          ...open,
          equipment: {
            ...open.equipment,
            underWarranty: true,
            warrantyEndsOn: null,
            model: { ...open.equipment.model, productLine: { __typename: 'ProductLine', id: uuid(6000), name: 'Cooling', strategy: 'REPAIRABLE' } },
            customer: null,
          },
          parent: null,
          children: [],
          qualityStandard: null,
          customerLinkToken: null,
          attachments: [],
          offers: [],
          partsRequests: [],
          charges: null,
          events: [],
        },
      } as never,
    });
    const offered = { ...open, status: 'OFFERED', version: 2 } as Job;
    applyEvent(cache, event('JOB_OFFERED', { job: offered, offer: offer(8, offered, 'PENDING') }, { jobMove: move('JobStatusMove', 'NEW', 'OFFERED') }));
    applyEvent(cache, event('PARTS_REQUESTED', { job: offered, request: request(8, offered, 'REQUESTED') }));
    const read = cache.readQuery({ query: CASE_FILE, variables: { id: open.id } })?.job;
    expect(read).toMatchObject({ status: 'OFFERED', version: 2, offers: [{ status: 'PENDING' }], partsRequests: [{ status: 'REQUESTED' }] });
    expect(read?.events.map((e) => e.kind)).toEqual(['JOB_OFFERED', 'PARTS_REQUESTED']);
  });

  it('a claim enters the review queue when submitted, leaves it when reviewed, and its page shows the decision', () => {
    const cache = createCache();
    for (const states of [['SUBMITTED'], null] as const)
      cache.writeQuery({ query: CLAIMS, variables: { states: states ? [...states] : null }, data: { __typename: 'Query', claims: [] } });
    const submitted = claim(9, 'SUBMITTED');
    cache.writeQuery({ query: CLAIM, variables: { id: submitted.id }, data: { __typename: 'Query', claim: submitted } });
    const states = (states: ClaimState[] | null) => cache.readQuery({ query: CLAIMS, variables: { states } })?.claims.map((c) => `${c.number}:${c.state}`);
    applyEvent(cache, event('CLAIM_SUBMITTED', { claim: submitted }));
    expect(states(['SUBMITTED'])).toEqual([`${submitted.number}:SUBMITTED`]);
    expect(states(null)).toEqual([`${submitted.number}:SUBMITTED`]);
    applyEvent(cache, event('CLAIM_REVIEWED', { claim: claim(9, 'REJECTED', 'REJECTED') }));
    expect(states(['SUBMITTED'])).toEqual([]);
    expect(states(null)).toEqual([`${submitted.number}:REJECTED`]);
    const page = cache.readQuery({ query: CLAIM, variables: { id: submitted.id } })?.claim;
    expect(page).toMatchObject({ state: 'REJECTED', approved: [{ amount: '0.00' }], lines: [{ decision: 'REJECTED', approvedAmount: { amount: '0.00' } }] });
  });
});
