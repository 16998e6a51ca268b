import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { axeViolations, formatViolations } from '../support/axe.js';

/**
 * A warranty claim's journey in Chromium: the partner admin adds travel and submits its claim; the
 * manufacturer's admin, in a browser session of its own, sees it arrive in the review queue live,
 * sends it back with a question the partner answers, then approves the labour and rejects the travel with a reason; the partner's page shows the partial
 * approval without a reload, the statement lists it under its state, and its CSV downloads; the
 * manufacturer's admin pays it in a payment batch.
 */
const network = useNetwork({ partners: 1 });
let browser: Browser;

const CLAIMS = graphql(`
  query E2eClaims { claims(states: [DRAFT]) { id number job { id } } }
`);

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** axe-core's WCAG 2.1 A/AA rules on the screen as it is now (as accessibility.test.ts checks the other screens). */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect.soft(formatViolations(screen, await axeViolations(page)), `${screen}: WCAG 2.1 A/AA violations`).toBe('');
}

const row = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });

describe('warranty claims in the portal', () => {
  it('submit, live review with a partial approval, statement by state and CSV export', async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner);
    const completed = await api.complete(partner.tech, job.id, api.fullReport(net));
    expect(completed.errors).toBeUndefined();
    const draft = (await api.ok(partner.admin, CLAIMS)).claims.find((claim) => claim.job?.id === job.id);
    if (!draft) throw new Error('no draft claim');
    // The service report is made after the completion: the claim's evidence once it exists.
    const REPORTS = `query ($id: ID!) { job(id: $id) { attachments { kind } } }`;
    const hasReport = async () =>
      ((await api.call(net.admin, REPORTS, { id: job.id })).data as { job: { attachments: { kind: string }[] } }).job.attachments.some(
        (a) => a.kind === 'REPORT',
      );
    while (!(await hasReport())) await new Promise((resolve) => setTimeout(resolve, 200));

    // The manufacturer's admin watches the review queue.
    const reviewer = await signedInPage(browser, server.url, net.admin);
    await reviewer.goto(`${server.url}/claims`);
    await reviewer.getByRole('heading', { name: 'Claims to review' }).waitFor();
    await expectAccessible(reviewer, 'review queue');

    // The partner admin adds travel and submits.
    const partnerPage = await signedInPage(browser, server.url, partner.admin);
    await partnerPage.goto(`${server.url}/claims/${draft.id}`);
    await partnerPage.getByRole('heading', { name: `Claim ${draft.number}` }).waitFor();
    await partnerPage.getByLabel('Description').fill('Call-out');
    await partnerPage.getByLabel('Amount (EUR)').fill('45.00');
    await partnerPage.getByRole('button', { name: 'Add travel' }).click();
    await expectAccessible(partnerPage, "partner admin: a claim's form");
    await partnerPage.getByRole('button', { name: 'Submit claim' }).click();
    await partnerPage.getByText(/The manufacturer reviews this claim by/).waitFor({ timeout: 10_000 });
    // A mark on the page: it must survive until the end (no reload).
    await partnerPage.evaluate(() => Object.assign(window, { claimJourneyMark: true }));

    // It arrives in the queue without a reload; the reviewer opens it and first sends it back with a question.
    await reviewer.getByRole('link', { name: draft.number }).click({ timeout: 10_000 });
    await reviewer.getByRole('heading', { name: 'Review' }).waitFor();
    // The evidence beside the lines: the job's report (and photos, had it any), as the case file shows it.
    await reviewer.getByRole('region', { name: 'Photos and documents' }).getByRole('link', { name: 'Service report (PDF)' }).waitFor();
    await reviewer.getByLabel('Question to the partner').fill('Which call-out zone was it?');
    await reviewer.getByRole('button', { name: 'Send back' }).click();
    await reviewer.getByRole('heading', { name: 'Claim lines' }).waitFor({ timeout: 10_000 });

    // The partner sees the question arrive, answers and submits again; the reviewer's page turns back to the review.
    await partnerPage.getByText('Which call-out zone was it?').waitFor({ timeout: 10_000 });
    await partnerPage.getByLabel('Your answer to the question').fill('Zone 2, as agreed');
    await partnerPage.getByRole('button', { name: 'Answer and submit again' }).click();
    await reviewer.getByText('Zone 2, as agreed').waitFor({ timeout: 10_000 });
    await reviewer.getByRole('heading', { name: 'Review' }).waitFor({ timeout: 10_000 });
    await reviewer.getByLabel(/^Decision on Labour/).selectOption('APPROVED');
    await reviewer.getByLabel(/^Decision on Travel/).selectOption('REJECTED');
    await row(reviewer, 'Travel').getByLabel('Note').fill('Included in the call-out fee');
    await screenshot(reviewer, 'claims-review');
    await expectAccessible(reviewer, 'reviewer: a claim line by line');
    await reviewer.getByRole('button', { name: 'Save decisions' }).click();
    await reviewer.getByText('Partially approved').first().waitFor({ timeout: 10_000 });

    // The partner sees the partial approval arrive, line by line.
    await partnerPage
      .getByRole('heading', { name: `Claim ${draft.number}` })
      .getByText('Partially approved')
      .waitFor({ timeout: 10_000 });
    await row(partnerPage, 'Travel').getByText('Rejected').waitFor();
    await row(partnerPage, 'Travel').getByText('Included in the call-out fee').waitFor();
    expect(await partnerPage.evaluate(() => (window as unknown as { claimJourneyMark?: boolean }).claimJourneyMark)).toBe(true);
    await screenshot(partnerPage, 'claims-partner');

    // The statement lists it under its state; its CSV downloads.
    await partnerPage.goto(`${server.url}/audit/partners/${partner.id}`);
    const partial = partnerPage.getByRole('region', { name: 'Partially approved' });
    await partial.getByRole('link', { name: draft.number }).waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([partnerPage.waitForEvent('download'), partnerPage.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^statement-.*\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(draft.number);
    expect(csv).toContain('PARTIALLY_APPROVED');
    await screenshot(partnerPage, 'claims-statement');
    await expectAccessible(partnerPage, 'partner admin: statement by state');

    // The manufacturer's admin pays the period's approved claims in a batch: the statement shows it paid.
    await reviewer.goto(`${server.url}/audit/partners/${partner.id}`);
    await reviewer.getByRole('region', { name: 'Partially approved' }).getByRole('link', { name: draft.number }).waitFor({ timeout: 15_000 });
    await reviewer.getByLabel('Payment reference').fill('PAY-2026-0001');
    await reviewer.getByRole('button', { name: 'Pay approved claims' }).click();
    await reviewer
      .getByRole('status')
      .getByText(/Paid 1 claim under PAY-2026-0001/)
      .waitFor({ timeout: 10_000 });
    await reviewer.getByRole('region', { name: 'Paid' }).getByRole('link', { name: draft.number }).waitFor({ timeout: 10_000 });
  }, 120_000);
});
