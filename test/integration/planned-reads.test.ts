import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/dist/shared/logger.js';
import type { Actor, NetworkFixture } from '../support/factory.js';
import { portalDocuments } from '../support/portal-documents.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { useNetwork } from '../support/use-network.js';
import { post, type Result, type UntypedData } from '../support/graphql-client.js';
import { variedJobs } from '../support/varied-jobs.js';

/**
 * Planned reads (server/src/planner/) answer exactly as the resolvers and loaders do: every
 * document the portal reads lists and case files with, and the benchmark's inbox, sent as every
 * role to two servers on the same database and clock, one planning its reads and one not, come
 * back as the same JSON. The planned server's log proves it planned them.
 */

/** Lines the planned server logs, to count its planned reads. */
const logged: string[] = [];
const network = useNetwork({
  partners: 4,
  rival: { partners: 2 },
  server: () => ({
    log: createLogger(
      'trace',
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(String(chunk));
          done();
        },
      }),
    ),
  }),
});
let unplanned: TestServer;
let jobIds: string[] = [];

beforeAll(async () => {
  const { server, api, net, rival } = network;
  unplanned = await startTestServer({ databaseUrl: server.databaseUrl, clock: server.clock, config: { planReads: false } });
  jobIds = await variedJobs(api, net, rival);
});

afterAll(async () => {
  await unplanned?.stop();
});

interface Role {
  name: string;
  actor: Actor;
}

function roles(net: NetworkFixture, rival: NetworkFixture): Role[] {
  return [
    { name: 'dispatcher', actor: net.dispatcher },
    { name: 'admin', actor: net.admin },
    { name: 'parts clerk', actor: net.partsClerk },
    { name: 'auditor', actor: net.auditor },
    { name: "the rival's dispatcher", actor: rival.dispatcher },
    ...net.partners.flatMap((partner, i) => [
      { name: `partner ${i} admin`, actor: partner.admin },
      { name: `partner ${i} technician`, actor: partner.tech },
    ]),
    { name: "the rival's partner admin", actor: rival.partners[0].admin },
  ];
}

const plannedReads = () => logged.filter((line) => line.includes('"msg":"planned read"')).length;
/** Reads the planner left to the resolvers (it logs why): none of these documents may be. */
const readsNotPlanned = () => logged.filter((line) => line.includes('"msg":"read not planned"'));

/** Sends the document to both servers as `actor` and expects the same answer; returns it. */
async function same(actor: Actor, document: string, variables: UntypedData, what: string): Promise<Result<unknown>> {
  const planned = await post(network.server.httpUrl, document, variables, actor.token);
  const resolved = await post(unplanned.httpUrl, document, variables, actor.token);
  expect({ what, answer: planned }).toEqual({ what, answer: resolved });
  return planned;
}

/** Runs variants as every role, and the next page of each paged answer; expects the planner to have answered some. */
async function everyRole(document: string, variants: UntypedData[], name: string, paged = false) {
  const { net, rival } = network;
  const before = plannedReads();
  let answered = 0;
  for (const { name: role, actor } of roles(net, rival)) {
    for (const variables of variants) {
      const answer = await same(actor, document, variables, `${name} as ${role} with ${JSON.stringify(variables)}`);
      if (!answer.errors) answered++;
      const connection = Object.values((answer.data ?? {}) as Record<string, { pageInfo?: { endCursor?: string | null } }>)[0];
      const endCursor = connection?.pageInfo?.endCursor;
      if (paged && endCursor)
        await same(actor, document, { ...variables, after: endCursor }, `${name} as ${role}, the page after ${JSON.stringify(variables)}`);
    }
  }

  expect(answered).toBeGreaterThan(0);
  expect(plannedReads()).toBeGreaterThan(before);
  expect(readsNotPlanned()).toEqual([]);
}

const portal = portalDocuments();
const source = (name: string) => {
  const document = portal.get(name);
  if (!document) throw new Error(`The portal has no document ${name}`);
  return document.source;
};
const ALL_STATUSES = ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED', 'CLOSED', 'CANCELLED'];

describe('planned reads answer as the resolvers and loaders do, for every role', () => {
  it("the board's columns, page by page", async () => {
    await everyRole(
      source('BoardColumn'),
      ALL_STATUSES.map((status) => ({ filter: { status: [status] }, first: 2 })),
      'BoardColumn',
      true,
    );
  });

  it('all jobs, with every filter', async () => {
    const { net } = network;
    await everyRole(
      source('JobList'),
      [
        { first: 3 },
        { filter: { search: 'compressor' }, first: 50 },
        { filter: { search: 'SJ-' }, first: 50 },
        { filter: { search: net.paidSerial } },
        { filter: { partnerId: net.partners[1].id }, first: 10 },
        { filter: { partnerId: 'not-a-uuid' } },
        { filter: { region: [net.region, 'nowhere'] } },
        { filter: { type: ['MAINTENANCE'], priority: [1, 2, 3, 4, 5] } },
        { filter: { maintenanceOverdue: true } },
        { filter: { status: ['IN_PROGRESS', 'AWAITING_PARTS'], type: ['REPAIR'] }, first: 0 },
      ],
      'JobList',
      true,
    );
  });

  it("the partner's inbox: pending offers and its jobs", async () => {
    await everyRole(source('InboxOffers'), [{ first: 1 }, { first: 20 }], 'InboxOffers', true);
    await everyRole(source('InboxJobs'), [{ filter: { status: ['ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'] }, first: 2 }], 'InboxJobs', true);
  });

  it("the technician's jobs", async () => {
    await everyRole(source('MyJobs'), [{ filter: { status: ['SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'] }, first: 20 }], 'MyJobs', true);
  });

  it('the case file of every job, visible or not', async () => {
    await everyRole(
      source('CaseFile'),
      [...jobIds, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'].map((id) => ({ id })),
      'CaseFile',
    );
  });

  it('the parts queue', async () => {
    await everyRole(source('PartsQueue'), [{}, { status: 'REQUESTED' }, { status: 'RECEIVED' }], 'PartsQueue');
  });

  it('the jobs behind a scorecard figure', async () => {
    const { server, net } = network;
    const now = server.clock.now().getTime();
    const period = { from: new Date(now - 30 * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };
    await everyRole(
      source('PartnerScorecard'),
      net.partners.slice(0, 2).map((partner) => ({ partnerId: partner.id, ...period })),
      'PartnerScorecard',
    );
  });

  it("the benchmark's inbox, and selections with aliases, fragments, @include and @skip", async () => {
    await everyRole(
      '{ jobs(first: 20) { edges { node { id number status description equipment { serial model { name } customer { name } } offers { status expiresAt } events { kind at } } } } }',
      [{}],
      'the benchmark inbox',
    );
    await everyRole(
      `query ($first: Int, $withOffers: Boolean!, $noEvents: Boolean!) {
        count: jobs { totalCount }
        page: jobs(first: $first) {
          pageInfo { hasNextPage endCursor } more: pageInfo { endCursor }
          edges {
            node {
              ... on ServiceJob { ref: number }
              ...Unit
              unit: equipment { id region model { warrantyMonths productLine { strategy maintenanceIntervalMonths } } }
              offers @include(if: $withOffers) { partner { id name slug kind status regions capacity } job { id parent { id } } }
              events @skip(if: $noEvents) { cursor jobId data actor { email role organization { name } } partner { name } offer { status } partsRequest { status lines { part { sku } } } job { number } }
              children { id number } parent { id } componentLine { name } technician { name organization { name } }
              qualityStandard { id jobType checklist { id label } laborRateCeiling { amount currency } maxLaborMinutes requiredReportFields }
              checklistAnswers { itemId done note } photoUrls acceptedAt startedAt
              charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer job { id } }
            }
          }
        }
        offers { totalCount edges { node { id automatic respondedAt declineReason job { id equipment { saleDate } } } } }
        partsRequests { id job { id status } lines { id part { name listPrice { amount currency } } } }
      }
      fragment Unit on ServiceJob { equipment { serial saleDate warrantyEndsOn underWarranty underContract customer { email phone } } }`,
      [
        { first: 5, withOffers: true, noEvents: false },
        { first: 50, withOffers: false, noEvents: true },
      ],
      'a selection of everything',
      true,
    );
  });
});
