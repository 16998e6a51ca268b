import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';

const network = useNetwork({ partners: 2 });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the portal in a real Chromium, against the real server', () => {
  it('shows the offer in the partner inbox and the accept on the dispatcher board, without reload', async () => {
    const { server, net } = network;
    const partner = net.partners[0];
    const inbox = await signedInPage(browser, server.url, partner.admin);
    await inbox.getByRole('heading', { name: 'Offers' }).waitFor();
    const board = await signedInPage(browser, server.url, net.dispatcher);
    await board.getByRole('heading', { name: 'Live board' }).waitFor();

    // The dispatcher registers the call in the form and offers the job from its case file.
    await board.getByRole('link', { name: 'New job' }).first().click();
    await board.getByLabel('Serial number').fill(net.warrantySerial);
    await board.getByRole('button', { name: 'Look up' }).click();
    await board.getByLabel('Equipment').getByText('Under warranty').waitFor();
    await board.getByLabel('What the customer reports').fill('Compressor trips after ten minutes');
    await screenshot(board, 'dispatcher-new-job');
    await board.getByRole('button', { name: 'Register job' }).click();
    await board.getByLabel('Dispatch candidates').waitFor();
    const number = (await board.getByRole('heading', { level: 1 }).innerText()).split(' ')[0];
    await board.getByLabel(`Offer to ${partner.name}`).check();
    await screenshot(board, 'dispatcher-candidates');
    await board.getByRole('button', { name: 'Offer to partner' }).click();

    // It arrives in the partner's inbox live.
    const offer = inbox.getByLabel(`Job ${number}`);
    await offer.waitFor({ timeout: 10_000 });
    await offer
      .locator('..')
      .getByRole('timer', { name: /Offer expires in/ })
      .waitFor();
    await screenshot(inbox, 'partner-inbox');

    await board.getByRole('link', { name: 'Board' }).click();
    await board.getByRole('heading', { name: 'Live board' }).waitFor();
    await inbox.getByRole('button', { name: 'Accept' }).click();
    // The accept reaches the board live: the job moves to the ASSIGNED column.
    await board.locator('[data-status="ASSIGNED"]').getByLabel(`Job ${number}`).waitFor({ timeout: 10_000 });
    await screenshot(board, 'dispatcher-board');
    await inbox.context().close();
    await board.context().close();
  });

  it('lets a technician meet the quality gate and then pass it, and sees the parts decision live', async () => {
    const { server, api, net } = network;
    const partner = net.partners[1];
    const { job } = await api.startedJob(net, partner);
    const request = (await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 2 }])).data!.requestParts.id;
    const tech = await signedInPage(browser, server.url, partner.tech, { width: 412, height: 915 });
    await tech.getByRole('heading', { name: 'My jobs' }).waitFor();
    await screenshot(tech, 'technician-jobs');
    await tech.getByRole('link', { name: job.number }).click();
    await tech.getByRole('heading', { name: 'Parts requests' }).waitFor();

    // The parts clerk approves one of two; the technician's case file changes live.
    const clerk = await signedInPage(browser, server.url, net.partsClerk);
    await clerk.getByRole('heading', { name: 'Parts requests' }).waitFor();
    await clerk.getByLabel(`Approve how many ${net.skus[0]}`).fill('1');
    await screenshot(clerk, 'parts-clerk-queue');
    await clerk.getByRole('button', { name: 'Approve' }).click();
    await tech.locator('article[aria-label^="Parts request"]').getByText('Partially approved').waitFor({ timeout: 10_000 });
    await api.ship(net.partsClerk, request);
    await tech.getByRole('button', { name: 'Confirm receipt' }).click();
    await tech.getByRole('heading', { name: 'Service report' }).waitFor({ timeout: 10_000 });

    // The gate refuses an incomplete report, item by item.
    await tech.getByRole('textbox', { name: 'Resolution' }).fill('Replaced the valve');
    await tech.getByLabel('Safety check done', { exact: true }).check();
    await tech.getByRole('button', { name: 'Complete job' }).click();
    const refusal = tech.getByRole('alert');
    await refusal.getByText("The report does not meet the manufacturer's standard yet.").waitFor();
    const missing = await refusal.getByRole('list', { name: 'Missing for the quality standard' }).innerText();
    expect(missing).toContain('Test run under load');
    expect(missing).toContain('Failure code');
    await screenshot(tech, 'technician-quality-gate');

    await tech.getByLabel('Test run under load', { exact: true }).check();
    await tech.getByLabel(/^Failure code/).fill('E-MECH');
    await tech.getByRole('button', { name: 'Complete job' }).click();
    await tech.getByRole('heading', { name: new RegExp(`${job.number} Completed`) }).waitFor({ timeout: 10_000 });
    await screenshot(tech, 'technician-completed');
    await tech.context().close();
    await clerk.context().close();
  });

  it('opens a scorecard chart for the auditor and takes one survey answer', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner);
    await api.complete(partner.tech, job.id, api.fullReport(net));
    const token = (await api.close(net.dispatcher, job.id)).data!.closeJob.surveyToken;

    const auditor = await signedInPage(browser, server.url, net.auditor);
    await auditor.getByRole('heading', { name: 'Partner scorecards' }).waitFor();
    await auditor.getByRole('button', { name: /First-time fix/ }).click();
    await screenshot(auditor, 'auditor-scorecards');
    await auditor.getByRole('link', { name: partner.name }).click();
    await auditor.getByRole('img', { name: 'Score by week' }).waitFor();
    expect(await auditor.locator('svg[aria-label="Score by week"] circle').count()).toBeGreaterThan(0);
    await screenshot(auditor, 'auditor-partner-drilldown');
    await auditor.context().close();

    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${server.url}/survey/${token}`);
    await phone.getByLabel('4 of 5').check({ force: true });
    await phone.getByLabel('Anything to add? (optional)').fill('Quick and friendly');
    await screenshot(phone, 'customer-survey');
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await phone.goto(`${server.url}/survey/${token}`);
    await phone.getByLabel('2 of 5').check({ force: true });
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByText('This survey has already been answered. Thank you!').waitFor();
    const surveys = await server.deps.orm.em.fork().execute('select rating from survey s join service_job j on j.id = s.job_id where j.id = ?', [job.id]);
    expect(surveys).toEqual([{ rating: 4 }]);
    await phone.context().close();
  });
});
