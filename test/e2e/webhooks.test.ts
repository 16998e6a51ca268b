import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../server/dist/config.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { until } from '../support/graphql-client.js';

/** A receiver on 127.0.0.1 (allowed by WEBHOOK_ALLOW_PRIVATE_TARGETS); no retries, so a refusal fails a delivery at once. */
const settings = loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_LIMIT: '0', WEBHOOK_RETRY_DELAY_SECONDS: '1' }).messages;
const network = useNetwork({ partners: 1, server: { config: { messages: settings } } });

interface Received {
  id: string;
  type: string;
  raw: string;
  headers: Record<string, string>;
}

const received: Received[] = [];
/** The kind of event the receiver refuses (503) for now. */
let refuse: string | null = null;
let receiver: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const { type } = JSON.parse(raw) as { type: string };
      received.push({ id: headers['webhook-id'], type, raw, headers });
      res.statusCode = type === refuse ? 503 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

/** The deliveries list is a log refreshed on its button (and a 10 s poll): press it until `row` shows. */
async function refreshUntil(card: Locator, row: Locator, what: string): Promise<void> {
  await until(
    async () => {
      await card.getByRole('button', { name: 'Refresh deliveries' }).click();
      return (await row.count()) > 0;
    },
    20_000,
    what,
  );
}

describe('the webhooks section in a real Chromium', () => {
  it('lets a partner admin add an endpoint (secret shown once), see a job change delivered with 200, replay it, and replay what failed', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const page = await signedInPage(browser, server.url, partner.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await page.getByText('No endpoint yet.').waitFor();

    const url = `${base}/portal`;
    const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
    await form.getByLabel('URL').fill(url);
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const once = page.getByRole('status').filter({ hasText: 'it is not shown again' });
    const secret = await once.locator('code').innerText();
    expect(secret).toMatch(/^whsec_/);
    await once.getByRole('button', { name: 'I have copied it' }).click();
    await once.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: `Webhook endpoint ${url}` });
    await card.getByText('Enabled').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    // A change to one of the partner's jobs: it is offered the job.
    const job = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [partner.id]);
    await until(() => received.some((r) => r.type === 'JOB_OFFERED'), 20_000, 'the offer delivered');
    const offered = received.find((r) => r.type === 'JOB_OFFERED')!;
    // The secret the page showed is the one the deliveries are signed with.
    expect(() => new Webhook(secret).verify(offered.raw, offered.headers)).not.toThrow();

    await card.getByRole('button', { name: 'Recent deliveries' }).click();
    const offeredRow = card.getByRole('row').filter({ hasText: 'Job offered' });
    await refreshUntil(card, offeredRow.filter({ hasText: 'Delivered (1 attempt)' }), 'the delivery listed');
    await offeredRow.getByRole('cell', { name: '200', exact: true }).waitFor();
    await screenshot(page, 'partner-webhooks');

    // Replay: the same webhook-id once more.
    await offeredRow.getByRole('button', { name: 'Replay' }).click();
    await until(() => received.filter((r) => r.id === offered.id).length === 2, 20_000, 'the replay');
    await refreshUntil(card, offeredRow.filter({ hasText: 'Delivered (2 attempts)' }), 'the replay listed');

    // A refused delivery fails at once (no retries here); Replay all failed sends it again.
    refuse = 'JOB_SCHEDULED';
    expect((await api.accept(partner.admin, offer.id)).errors).toBeUndefined();
    expect((await api.schedule(partner.admin, job.id)).errors).toBeUndefined();
    const scheduledRow = card.getByRole('row').filter({ hasText: 'Job scheduled' });
    await refreshUntil(card, scheduledRow.filter({ hasText: 'Failed (1 attempt)' }), 'the failure listed');
    await scheduledRow.getByRole('cell', { name: '503', exact: true }).waitFor();
    refuse = null;
    await card.getByRole('button', { name: 'Replay all failed' }).click();
    await card.getByRole('status').filter({ hasText: '1 failed delivery sent again.' }).waitFor();
    await until(() => received.filter((r) => r.type === 'JOB_SCHEDULED').length === 2, 20_000, 'the failed one sent again');
    await refreshUntil(card, scheduledRow.filter({ hasText: 'Delivered (2 attempts)' }), 'the replayed one listed');
    await page.context().close();
  });
});
