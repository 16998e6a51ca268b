import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useServer } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { makeServiceReport } from '../../server/dist/modules/report/service-report.service.js';

/**
 * The customer's pages at phone width, on the seeded demo network: the tracking link of a closed
 * job leads to the survey; the request form gives the tracking link; the dispatcher finds a request
 * whose unit was not found on the customer requests screen.
 */

const running = useServer({ seed: true });
let browser: Browser;

const PHONE = { width: 390, height: 844 };
const DISPATCHER = { id: '', token: '', orgId: '', email: 'dispatcher@maker.demo' };

beforeAll(async () => {
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => running.server.deps.orm.em.fork().execute<T[]>(query, params);

describe('the customer in Chromium, on a phone', () => {
  it('opens the tracking link of a closed demo job, its service report, and reaches the survey', async () => {
    const { server } = running;
    const [closed] = await sql<{ id: string; number: string; customer_token: string }>(
      `select j.id, j.number, j.customer_token from service_job j join organization o on o.id = j.manufacturer_id
       where o.slug = 'maker' and j.status = 'CLOSED' and not exists (select 1 from survey s where s.job_id = j.id) order by j.number limit 1`,
    );
    // The seeded history's reports are made by the background sweep; this one now, if it is not there yet.
    await makeServiceReport(server.deps.orm.em.fork(), server.deps.files.storage, closed.id, server.clock.now());
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${server.url}/track/${closed.customer_token}`);
    await page.getByRole('heading', { name: `Service job ${closed.number}` }).waitFor();
    await page.getByRole('heading', { name: 'Closed' }).waitFor();
    const href = await page.getByRole('link', { name: 'Download the service report' }).getAttribute('href');
    const report = await page.request.get(`${server.url}${href}`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('application/pdf');
    expect(await page.getByRole('list').getByRole('listitem').first().innerText()).toContain('Request received');
    await screenshot(page, 'customer-track-closed');

    await page.getByRole('link', { name: 'Rate our service' }).click();
    await page.getByRole('heading', { name: 'How was our service?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/survey/${closed.customer_token}`);
    await page.getByLabel('5 of 5').check({ force: true });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();

    await page.goto(`${server.url}/track/${closed.customer_token}`);
    await page.getByText('Thank you for your rating.').waitFor();
    expect(await page.getByRole('link', { name: 'Rate our service' }).count()).toBe(0);
    await page.goto(`${server.url}/track/not-a-token`);
    await page.getByRole('alert').getByText('This tracking link is not valid').waitFor();
    await page.context().close();
  });

  it('sends the request form and follows the tracking link it gives; the dispatcher finds a request whose unit was not found', async () => {
    const { server } = running;
    const [unit] = await sql<{ serial: string }>(
      `select e.serial from equipment_unit e join organization o on o.id = e.manufacturer_id where o.slug = 'maker' order by e.serial limit 1`,
    );
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    const fill = async (serial: string) => {
      await page.goto(`${server.url}/request?maker=maker`);
      await page.getByRole('heading', { name: 'Ask for service' }).waitFor();
      await page.getByLabel('Serial number').fill(serial);
      await page.getByLabel('Your name').fill('Erika Mustermann');
      await page.getByLabel('Email').fill('erika@customer.example');
      await page.getByLabel('Phone (optional)').fill('+49 30 1234567');
      await page.getByLabel('What is the problem?').fill('The cooler is warm and beeps');
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { name: 'Thank you, we have your request' }).waitFor();
    };

    await fill(unit.serial);
    await page.getByText(/Your service job is SJ-/).waitFor();
    await screenshot(page, 'customer-request-sent');
    await page.getByRole('link', { name: /\/track\// }).click();
    await page.getByRole('heading', { name: /^Service job SJ-/ }).waitFor();
    await page.getByRole('heading', { name: 'Received' }).waitFor();
    expect(await page.getByText(`serial ${unit.serial}`).count()).toBe(1);

    await fill('NOT-ON-ANY-PLATE-7');
    await page.getByText('We are reviewing it').waitFor();
    await page.context().close();

    const board = await signedInPage(browser, server.url, DISPATCHER);
    await board.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer requests', exact: true }).click();
    const card = board.getByLabel('Request for serial NOT-ON-ANY-PLATE-7');
    await card.getByText('erika@customer.example').waitFor();
    await screenshot(board, 'dispatcher-customer-requests');
    await card.getByRole('button', { name: 'Mark handled' }).click();
    await card.waitFor({ state: 'detached' });
    await board.context().close();
  });
  it("speaks the browser's language: a German customer's form, receipt and tracking page are German, and the request keeps the language", async () => {
    const { server } = running;
    const [unit] = await sql<{ serial: string }>(
      `select e.serial from equipment_unit e join organization o on o.id = e.manufacturer_id where o.slug = 'maker' order by e.serial desc limit 1`,
    );
    const page = await (await browser.newContext({ viewport: PHONE, locale: 'de-DE' })).newPage();
    await page.goto(`${server.url}/request?maker=maker`);
    await page.getByRole('heading', { name: 'Service anfordern' }).waitFor();
    await page.getByLabel('Seriennummer').fill(unit.serial);
    await page.getByLabel('Ihr Name').fill('Erika Mustermann');
    await page.getByLabel('E-Mail').fill('erika@customer.example');
    await page.getByLabel('Was ist das Problem?').fill('Das Kühlgerät piept und wird warm');
    await page.getByRole('button', { name: 'Anfrage senden' }).click();
    await page.getByRole('heading', { name: 'Vielen Dank, wir haben Ihre Anfrage erhalten' }).waitFor();
    await page.getByText(/Ihr Serviceauftrag hat die Nummer SJ-/).waitFor();
    await page.getByRole('link', { name: /\/track\// }).click();
    await page.getByRole('heading', { name: /^Serviceauftrag SJ-/ }).waitFor();
    await page.getByRole('heading', { name: 'Eingegangen' }).waitFor();
    await page.getByText('Anfrage eingegangen').waitFor();
    await screenshot(page, 'customer-request-german');
    await page.context().close();
    const [request] = await sql<{ locale: string | null }>(`select locale from service_request where serial = ? order by created_at desc limit 1`, [
      unit.serial,
    ]);
    expect(request.locale).toBe('de');
  });
});
