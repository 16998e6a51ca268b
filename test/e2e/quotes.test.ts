import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { axeViolations, formatViolations } from '../support/axe.js';

/**
 * A quote for paid work in Chromium: the technician composes it on the case file and sends it; the
 * customer opens the tracking page on a phone, reads the lines and the tax, and accepts; the
 * technician's case file shows the answer live, and parts may be asked for.
 */

const network = useNetwork({ partners: 1 });
let browser: Browser;

const PHONE = { width: 390, height: 844 };

const CUSTOMER_LINK = graphql(`
  query E2eQuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }
`);

beforeAll(async () => {
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe('a quote for paid work in Chromium', () => {
  it('is composed on the case file, accepted by the customer on the tracking page, and the case file follows live', async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner, net.paidSerial, { quoted: false });

    // The technician quotes two hours of labour and a call-out of 40.00 (70.00 an hour: 180.00 net; no country known: 0 % tax).
    const tech = await signedInPage(browser, server.url, partner.tech);
    await tech.goto(`${server.url}/jobs/${job.id}`);
    const composer = tech.getByRole('form', { name: 'New quote' });
    await composer.waitFor();
    await composer.getByLabel('Quantity of line 1').fill('2');
    await composer.getByRole('button', { name: 'Add a line' }).click();
    await composer.getByLabel('Kind of line 2').selectOption('TRAVEL');
    await composer.getByLabel('Unit price of line 2').fill('40.00');
    await composer.getByRole('button', { name: 'Send the quote to the customer' }).click();
    const card = tech.getByRole('region', { name: /^Quote .*-Q1$/ });
    await card.getByText('Awaiting the customer').waitFor({ timeout: 10_000 });
    await card.getByText('€180.00').first().waitFor();
    await screenshot(tech, 'quote-composed');

    // Parts wait for the customer's word.
    expect((await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');

    const token = (await api.ok(net.dispatcher, CUSTOMER_LINK, { id: job.id })).job!.customerLinkToken!;
    const customer = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
    await customer.goto(`${server.url}/track/${token}`);
    const quote = customer.getByRole('region', { name: /^Quote .*-Q1 for the work$/ });
    await quote.waitFor();
    await quote.getByText(`${partner.name} quotes the work on your unit`, { exact: false }).waitFor();
    await quote.getByText('Travel / call-out').waitFor();
    expect(formatViolations('tracking page with a quote', await axeViolations(customer))).toBe('');
    expect(await customer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(customer, 'quote-customer-open');
    await quote.getByRole('button', { name: 'Accept the quote' }).click();
    await quote.getByText('You accepted this quote. Thank you: the work goes on.').waitFor();
    await screenshot(customer, 'quote-customer-accepted');

    // The technician's case file shows the answer without a reload.
    await card.getByText('The customer accepted: the work goes on within this quote.').waitFor({ timeout: 10_000 });
    await card.getByText('Accepted').first().waitFor();
    expect((await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).errors).toBeUndefined();
    await customer.context().close();
    await tech.context().close();
  });

  it("declines from the mailed link's page with a reason, and the page then answers nothing more", async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner, net.paidSerial, { quoted: false });
    await api.sendQuote(partner.tech, job.id, [{ kind: 'LABOR', quantity: '1.5' }]);
    const token = (await api.trackedQuote(net, job.id))!.answerToken!;

    const page = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
    await page.goto(`${server.url}/quote/${token}?answer=decline`);
    await page.getByRole('heading', { name: 'Your quote' }).waitFor();
    // Opening the link answered nothing; the decline link opens the form at once.
    expect((await api.trackedQuote(net, job.id))!.state).toBe('SENT');
    expect(formatViolations('quote link', await axeViolations(page))).toBe('');
    await page.getByLabel('Why do you decline? (optional)').fill('We will buy a new unit');
    await page.getByRole('button', { name: 'Decline', exact: true }).click();
    await page.getByText('You declined this quote.').waitFor();
    await screenshot(page, 'quote-link-declined');
    expect(await api.trackedQuote(net, job.id)).toMatchObject({ state: 'DECLINED', answerToken: null });

    await page.goto(`${server.url}/quote/${token}`);
    await page.getByText('You declined this quote.').waitFor();
    expect(await page.getByRole('button').count()).toBe(0);
    await page.goto(`${server.url}/quote/not-a-token`);
    await page.getByRole('alert').getByText('This quote link is not valid', { exact: false }).waitFor();
    await page.context().close();
  });
});
