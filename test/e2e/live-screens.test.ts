import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import type { Actor } from '../support/factory.js';

/**
 * Issue 11's proof in Chromium: with the dispatcher's board, two partners' inboxes, the parts
 * queue and the scorecards open, changes made elsewhere (through the API) show on the right
 * screens, never on the wrong ones, and no screen sends a single GraphQL request for them: every
 * change arrives as an event the page applies to its cache.
 */
const network = useNetwork({ partners: 2 });
let browser: Browser;

interface Screen {
  page: Page;
  /** GraphQL requests over HTTP since the screen settled. */
  reads: number;
}
const screens: Record<string, Screen> = {};

/** Signs in, opens the screen, waits for it, then counts what it asks the server from then on. */
async function open(name: string, actor: Actor, path: string, ready: (page: Page) => Promise<unknown>): Promise<Screen> {
  const page = await signedInPage(browser, network.server.url, actor);
  await page.goto(`${network.server.url}${path}`);
  await page.getByRole('status', { name: 'Live updates connected' }).waitFor();
  await ready(page);
  await page.waitForLoadState('networkidle');
  const screen: Screen = { page, reads: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') screen.reads++;
  });
  screens[name] = screen;
  return screen;
}

const column = (page: Page, status: string) => page.locator(`[data-status="${status}"]`);
const countOf = async (page: Page, status: string) => Number(await column(page, status).getAttribute('data-count'));

beforeAll(async () => {
  browser = await launchBrowser();
  const { net } = network;
  await open('board', net.dispatcher, '/board', (page) => column(page, 'NEW').locator('h2 .muted').filter({ hasText: /\d/ }).waitFor());
  await open('inboxA', net.partners[0].admin, '/inbox', (page) => page.getByRole('heading', { name: 'Offers' }).waitFor());
  await open('inboxB', net.partners[1].admin, '/inbox', (page) => page.getByRole('heading', { name: 'Offers' }).waitFor());
  await open('queue', net.partsClerk, '/parts', (page) => page.getByRole('heading', { name: 'Parts requests' }).waitFor());
  await open('scorecards', net.auditor, '/audit', (page) => page.getByRole('heading', { name: 'Partner scorecards' }).waitFor());
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe('live screens apply the events they receive', () => {
  it('a new job, an offer, an accept, status changes and a parts request show on the right screens, with no screen read again', async () => {
    const { api, net } = network;
    const [partnerA] = net.partners;
    const { board, inboxA, inboxB, queue, scorecards } = screens;
    const newBefore = await countOf(board.page, 'NEW');

    // A new job: on the board's NEW column, counted; on no partner's inbox.
    const job = await api.createJob(net);
    await column(board.page, 'NEW').getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });
    await expect.poll(() => countOf(board.page, 'NEW')).toBe(newBefore + 1);

    // Offered to partner A: it moves column on the board and arrives in A's inbox, not in B's.
    const [offer] = await api.offerOk(net, job.id, [partnerA.id]);
    await column(board.page, 'OFFERED').getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });
    await expect.poll(() => countOf(board.page, 'NEW')).toBe(newBefore);
    await inboxA.page.getByRole('region', { name: 'Offers' }).getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });

    // Accepted by A: on the board in ASSIGNED; in A's inbox it leaves the offers for "Our jobs".
    await api.accept(partnerA.admin, offer.id);
    await column(board.page, 'ASSIGNED').getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });
    await inboxA.page.getByRole('region', { name: 'Our jobs' }).getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });
    await expect.poll(() => inboxA.page.getByRole('region', { name: 'Offers' }).getByLabel(`Job ${job.number}`).count()).toBe(0);

    // Status changes: scheduled, started; the board follows.
    await api.schedule(partnerA.admin, job.id, partnerA.tech.id);
    await api.start(partnerA.tech, job.id);
    await column(board.page, 'IN_PROGRESS').getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });

    // A parts request: in the clerk's queue, and the job awaits parts on the board.
    await api.requestParts(partnerA.tech, job.id, [{ sku: net.skus[0], quantity: 1 }]);
    await queue.page.getByRole('link', { name: job.number }).waitFor({ timeout: 10_000 });
    await column(board.page, 'AWAITING_PARTS').getByLabel(`Job ${job.number}`).waitFor({ timeout: 10_000 });
    await expect.poll(() => column(board.page, 'IN_PROGRESS').getByLabel(`Job ${job.number}`).count()).toBe(0);

    // The scorecards are not read again per event: they say newer figures exist.
    const cards = scorecards.page.getByRole('region', { name: 'Partner scorecards' });
    await cards.getByText('Newer figures are available.').waitFor({ timeout: 10_000 });

    // Never on the wrong screen: B saw nothing of A's job.
    expect(await inboxB.page.getByLabel(`Job ${job.number}`).count()).toBe(0);
    await screenshot(board.page, 'live-board');
    await screenshot(inboxA.page, 'live-inbox');

    // And not one screen asked the server anything for all of it.
    const reads = Object.fromEntries(Object.entries(screens).map(([name, screen]) => [name, screen.reads]));
    console.log(`GraphQL requests per screen during the changes: ${JSON.stringify(reads)}`);
    expect(reads).toEqual({ board: 0, inboxA: 0, inboxB: 0, queue: 0, scorecards: 0 });

    // A click on the scorecards reads them, once.
    await cards.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => scorecards.reads).toBe(1);
    await cards.getByText('Newer figures are available.').waitFor({ state: 'detached' });
  });
});
