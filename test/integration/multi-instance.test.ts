import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/server-process.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, wsClient } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2 });
let second: ServerProcess;

beforeAll(async () => {
  second = await spawnServer(network.server.databaseUrl);
});
afterAll(async () => {
  await second?.stop();
});

describe('several server instances on one database', () => {
  it('delivers to subscribers of one instance the events committed through another', async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    const onSecond = await EventRecorder.start(wsClient(second.wsUrl, partner.admin.token));
    const job = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [partner.id]);
    const event = await onSecond.waitFor((e) => e.kind === 'JOB_OFFERED');
    expect(event.offer?.id).toBe(offer.id);
    expect(event.job?.id).toBe(job.id);
    onSecond.stop();
  });

  it('reports ready, and stops cleanly on SIGTERM', async () => {
    const ready = await fetch(`${second.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: true, eventListener: true });
    expect(await second.stop('SIGTERM')).toBe(0);
  });
});
