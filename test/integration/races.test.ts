import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode } from '../support/graphql-client.js';
import type { Actor } from '../support/factory.js';

const network = useNetwork({ partners: 3, capacity: 50 });
let secondDispatcher: Actor;

beforeAll(() => {
  // A second dispatcher of the same manufacturer: same rights, own token.
  secondDispatcher = { ...network.net.admin };
});

const OFFER = graphql(`
  mutation RacesOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }
`);
const CANCEL = graphql(`
  mutation RacesCancel($j: ID!, $v: Int) { cancelJob(jobId: $j, reason: "duplicate call", expectedVersion: $v) { id version } }
`);

const sql = async (query: string, params: unknown[] = []) => network.server.deps.orm.em.fork().execute<Record<string, unknown>[]>(query, params);

describe('races', () => {
  it('two dispatchers offering the same job to the same partner at once: one offer, one typed refusal', async () => {
    const { api, net } = network;
    const job = await api.createJob(net);
    const partner = net.partners[0].id;
    const offer = (actor: Actor) => api.call(actor, OFFER, { j: job.id, p: [partner] });
    const results = await Promise.all([offer(net.dispatcher), offer(secondDispatcher)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(['NOT_ELIGIBLE', 'CONFLICT']).toContain(errorCode(results.find((r) => r.errors)!));
    const offers = await sql('select count(*)::int as n from job_offer where job_id = ?', [job.id]);
    expect(offers[0].n).toBe(1);
  });

  it('a partner accepting while the dispatcher cancels: either order, never a half state', async () => {
    const { api, net } = network;
    for (let round = 0; round < 10; round++) {
      const partner = net.partners[round % 3];
      const job = await api.createJob(net);
      const [offer] = await api.offerOk(net, job.id, [partner.id]);
      const [accepted, cancelled] = await Promise.all([api.accept(partner.admin, offer.id), api.cancel(net.dispatcher, job.id)]);
      expect(cancelled.errors).toBeUndefined();
      const [state] = await sql(
        `select j.status::text as status, j.assigned_partner_id, o.status::text as offer
         from service_job j join job_offer o on o.job_id = j.id where j.id = ?`,
        [job.id],
      );
      expect(state.status).toBe('CANCELLED');
      if (accepted.errors) {
        expect(errorCode(accepted)).toBe('OFFER_CLOSED');
        expect(state).toMatchObject({ offer: 'WITHDRAWN', assigned_partner_id: null });
      } else {
        expect(state).toMatchObject({ offer: 'ACCEPTED', assigned_partner_id: partner.id });
      }
      // Every change has its event, and the events agree with the final state.
      const kinds = (await sql('select kind::text from service_event where job_id = ? order by seq', [job.id])).map((e) => e.kind);
      expect(kinds.at(-1)).toBe('JOB_CANCELLED');
      expect(kinds.includes('OFFER_ACCEPTED')).toBe(!accepted.errors);
      expect(kinds.includes('OFFER_WITHDRAWN')).toBe(Boolean(accepted.errors));
    }
  });

  it('concurrent edits from stale screens: the second gets CONFLICT', async () => {
    const { api, net } = network;
    const job = await api.createJob(net);
    const { version } = job;
    const cancel = (actor: Actor) => api.call(actor, CANCEL, { j: job.id, v: version });
    const results = await Promise.all([cancel(net.dispatcher), cancel(secondDispatcher)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.find((r) => r.errors)!;
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions?.currentVersion).toBe(version + 1);
  });

  it('an idempotency key replayed ten times, some at once: one effect, identical answers', async () => {
    const { api, net } = network;
    const key = `replay-${randomUUID()}`;
    const create = () => api.createJob(net, net.warrantySerial, 'REPAIR', { idempotencyKey: key });
    const burst = await Promise.all(Array.from({ length: 6 }, create));
    const sequential = [];
    for (let i = 0; i < 4; i++) sequential.push(await create());
    const answers = [...burst, ...sequential].map((job) => JSON.stringify({ id: job.id, number: job.number, status: job.status }));
    expect(new Set(answers).size).toBe(1);
    const created = await sql(`select count(*)::int as n from service_event where kind = 'JOB_CREATED' and job_id = ?`, [burst[0].id]);
    expect(created[0].n).toBe(1);
  });
});
