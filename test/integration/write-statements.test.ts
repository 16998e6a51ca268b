import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/dist/shared/logger.js';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';

/**
 * The statements each lean write makes, read from the ORM's own statement log (LOG_LEVEL=trace):
 * exactly the round trips its rule needs. A change that adds one (a re-read after commit, a
 * flush walking more, a visibility read outside the transaction) fails here.
 */
let recording: string[] | null = null;
const log = createLogger('trace', {
  write(line: string) {
    const { orm } = JSON.parse(line) as { orm?: string };
    if (recording && orm) recording.push(statementOf(orm));
  },
});

const network = useNetwork({ partners: 2, server: { log } });
// The log's consumers (mail, webhooks) follow each commit on the same ORM, so their statements
// would land in the recording: they are not the mutation's (no change waits for them) and are paused here.
beforeAll(() => network.server.deps.consumers.stop());

/** "begin", "commit", or the verb and the first table it names: "select equipment_unit", "insert service_event". */
function statementOf(message: string): string {
  const sql = stripVTControlCharacters(message)
    .replace(/^\[query\]\s*/, '')
    .replaceAll('"', '')
    .trim();
  const verb = sql.split(/\s+/)[0].toLowerCase();
  if (verb === 'begin' || verb === 'commit' || verb === 'rollback') return verb;
  // The first table of the statement itself, not of a subquery.
  let outer = sql;
  for (let inner = outer.replace(/\([^()]*\)/g, ' '); inner !== outer; inner = outer.replace(/\([^()]*\)/g, ' ')) outer = inner;
  const table = /\b(?:from|into|update)\s+(\w+)/i.exec(outer)?.[1];
  return `${verb} ${table}`;
}

async function statementsOf(action: () => Promise<unknown>): Promise<string[]> {
  recording = [];
  try {
    await action();
    return recording;
  } finally {
    recording = null;
  }
}

const CREATE = graphql(`
  mutation WriteStatementsCreateJob($input: CreateJobInput!) { createJob(input: $input) { id number status } }
`);
const ACCEPT = graphql(`
  mutation WriteStatementsAcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status } }
`);

describe('lean writes', () => {
  it('createJob: begin, the unit with its model, line, standard and number in one read, the job, its event, commit', async () => {
    const { api, net } = network;
    const input = { serial: net.warrantySerial, type: 'REPAIR' as const, description: 'Counted' };
    const statements = await statementsOf(() => api.ok(net.dispatcher, CREATE, { input }));
    expect(statements).toEqual(['begin', 'select equipment_unit', 'insert service_job', 'insert service_event', 'commit']);
  });

  it('acceptOffer: begin, lock the job through the visible offer, the offers with the partner standing, two updates, the events, commit', async () => {
    const { api, net } = network;
    const job = await api.createJob(net);
    // A broadcast: the competitor's offer is withdrawn in the same update as the winner's is accepted.
    const [offer] = await api.offerOk(
      net,
      job.id,
      net.partners.map((partner) => partner.id),
    );
    const winner = net.partners.find((partner) => partner.id === offer.partner.id)!;
    const statements = await statementsOf(() => api.ok(winner.admin, ACCEPT, { offerId: offer.id }));
    expect(statements).toEqual(['begin', 'select service_job', 'select job_offer', 'update service_job', 'update job_offer', 'insert service_event', 'commit']);
  });
});
