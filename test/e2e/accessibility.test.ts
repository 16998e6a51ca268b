import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useServer } from '../support/use-network.js';
import { launchBrowser, signedInPage } from '../support/browser.js';
import { axeViolations, formatViolations } from '../support/axe.js';
import { makeDemoStates, type DemoStates } from './demo-states.js';

// The seeded demo network (tens of seconds on a busy machine, within the hook timeout), not a small one of the test's own.
const running = useServer({ seed: true });
let browser: Browser;
let s: DemoStates;

const PHONE = { width: 412, height: 915 };

beforeAll(async () => {
  s = await makeDemoStates(running.server);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

/** axe-core's WCAG 2.1 A/AA rules on the screen as it is now; every screen is checked even when one fails. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  expect.soft(formatViolations(screen, violations), `${screen}: WCAG 2.1 A/AA violations`).toBe('');
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
const firstDataRow = (page: Page) => page.locator('table tbody tr').first().waitFor();

describe("WCAG 2.1 A/AA (axe-core) on every role's screens, in Chromium", () => {
  it('the sign-in form, refusing a wrong password', async () => {
    const { server } = running;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`);
    await expectAccessible(page, 'sign-in');
    await page.getByLabel('Email').fill(s.dispatcher.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'sign-in refused');
    await page.context().close();
  });

  it('dispatcher: board with amber and red countdowns and escalations, new job, case file with candidates, all jobs', async () => {
    const { server, api } = running;
    const page = await signedInPage(browser, server.url, s.dispatcher);
    await page.getByRole('heading', { name: 'Live board' }).waitFor();
    await page.getByLabel(`Job ${s.amberJob.number}`).locator('.countdown-amber').waitFor();
    await page.getByLabel(`Job ${s.redJob.number}`).locator('.countdown-red').waitFor();
    // Escalations arrive live: a decline, and the breaches the deadline check finds.
    expect((await api.decline(s.partner.admin, s.declinableOffer.id)).errors).toBeUndefined();
    await server.deps.scheduler.tick();
    await page.locator('.feed .escalation-offer_declined').first().waitFor();
    await page.locator('.feed .escalation-sla_breached').first().waitFor();
    await expectAccessible(page, 'dispatcher: live board');

    await nav(page, 'New job');
    await page.getByLabel('Serial number').fill(s.serial);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByLabel('Equipment').waitFor();
    await expectAccessible(page, 'dispatcher: new job, unit found');
    await page.getByLabel('Serial number').fill('NO-SUCH-SERIAL');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'dispatcher: new job, unknown serial');

    await nav(page, 'Customer requests');
    await page.getByRole('heading', { name: 'Customer requests' }).waitFor();
    await expectAccessible(page, 'dispatcher: customer requests');

    await page.goto(`${server.url}/jobs/${s.amberJob.id}`);
    await page.getByLabel('Dispatch candidates').getByRole('checkbox').first().waitFor();
    await page.locator('.candidate.ineligible').first().waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await expectAccessible(page, 'dispatcher: case file with candidates');

    await nav(page, 'All jobs');
    await firstDataRow(page);
    await expectAccessible(page, 'dispatcher: all jobs');
    await page.context().close();
  });

  it("partner admin: inbox with an expiring offer, its jobs, its scorecard and findings, its technicians' schedule and its calendar", async () => {
    const { server } = running;
    const page = await signedInPage(browser, server.url, s.partner.admin);
    await page.getByRole('heading', { name: 'Offers' }).waitFor();
    const offer = page.locator('.inbox-item', { has: page.getByLabel(`Job ${s.expiringOffer.jobNumber}`) });
    await offer.locator('.countdown-amber').waitFor();
    await offer.getByRole('button', { name: 'Decline…' }).click();
    await offer.getByLabel('Reason for declining').waitFor();
    await expectAccessible(page, 'partner admin: inbox');

    await nav(page, 'My jobs');
    await page.getByLabel(`Job ${s.workJob.number}`).waitFor();
    await expectAccessible(page, 'partner admin: its jobs');

    await nav(page, 'Scorecards');
    await firstDataRow(page);
    await page.locator('.card.overdue').getByText('Overdue').waitFor();
    await page.getByRole('button', { name: 'Acknowledge' }).first().waitFor();
    await expectAccessible(page, 'partner admin: scorecard and findings');

    await nav(page, 'Schedule');
    await page.getByRole('heading', { name: "Technicians' schedule" }).waitFor();
    await page.getByRole('heading', { name: /^Working hours of / }).waitFor();
    await expectAccessible(page, "partner admin: technicians' schedule");

    await nav(page, 'Calendar');
    await page.getByRole('heading', { name: 'Business calendar' }).waitFor();
    await page.getByRole('button', { name: 'Save calendar' }).waitFor();
    await expectAccessible(page, 'partner admin: business calendar');
    await page.context().close();
  });

  it("technician (phone): today's jobs, a job's service report and the quality gate's refusal", async () => {
    const { server } = running;
    const page = await signedInPage(browser, server.url, s.partner.tech, PHONE);
    await page.getByRole('heading', { name: 'My jobs' }).waitFor();
    await page.getByLabel(`Job ${s.workJob.number}`).waitFor();
    await page.getByLabel(`Job ${s.partsJob.number}`).waitFor();
    await expectAccessible(page, 'technician: my jobs');

    await page.getByRole('link', { name: s.workJob.number }).click();
    await page.getByRole('heading', { name: 'Service report' }).waitFor();
    await page.getByRole('region', { name: 'Request parts' }).locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'technician: case file with the service report');
    await page.getByRole('button', { name: 'Complete job' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'technician: service report refused');

    await page.goto(`${server.url}/jobs/${s.partsJob.id}`);
    await page
      .getByRole('article', { name: /^Parts request/ })
      .getByText('Requested')
      .waitFor();
    await expectAccessible(page, 'technician: case file awaiting parts');
    await page.context().close();
  });

  it('parts clerk: the queue, new requests and all', async () => {
    const { server } = running;
    const page = await signedInPage(browser, server.url, s.partsClerk);
    await page.getByRole('heading', { name: 'Parts requests' }).waitFor();
    await page.getByLabel(`Parts request ${s.partsJob.number}`).waitFor();
    await expectAccessible(page, 'parts clerk: new requests');
    await page.getByLabel('Show').selectOption('');
    await page.locator('article .badge').filter({ hasNotText: 'Requested' }).first().waitFor();
    await expectAccessible(page, 'parts clerk: all requests');
    await page.context().close();
  });

  it("auditor: scorecards, findings, failure analysis, a partner's drill-down and statement", async () => {
    const { server } = running;
    const page = await signedInPage(browser, server.url, s.auditor);
    await page.getByRole('heading', { name: 'Partner scorecards' }).waitFor();
    await firstDataRow(page);
    await page.getByRole('region', { name: 'Failure analysis' }).locator('tbody tr').first().waitFor();
    await page.locator('.card.overdue').first().waitFor();
    await expectAccessible(page, 'auditor: scorecards, findings, failure analysis');

    await page.getByRole('link', { name: s.partner.name }).first().click();
    await page.getByRole('img', { name: 'Score by week' }).waitFor();
    await page
      .getByRole('region', { name: /Reimbursement statement/ })
      .locator('table, .empty')
      .first()
      .waitFor();
    await page.getByRole('form', { name: 'Record a finding' }).waitFor();
    await expectAccessible(page, "auditor: a partner's drill-down and statement");
    await page.context().close();
  });

  it('admin: every screen', async () => {
    const { server } = running;
    const page = await signedInPage(browser, server.url, s.admin);
    await page.getByRole('heading', { name: 'Live board' }).waitFor();
    await page.locator('.column .card').first().waitFor();
    await expectAccessible(page, 'admin: live board');

    await nav(page, 'New job');
    await page.getByRole('heading', { name: 'New job' }).waitFor();
    await expectAccessible(page, 'admin: new job');

    await nav(page, 'Parts requests');
    await page.getByLabel(`Parts request ${s.partsJob.number}`).waitFor();
    await expectAccessible(page, 'admin: parts requests');

    await nav(page, 'Scorecards');
    await firstDataRow(page);
    await page.getByRole('region', { name: 'Failure analysis' }).locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'admin: scorecards');

    await nav(page, 'Network');
    await firstDataRow(page);
    await page.locator('details summary').first().click();
    await page
      .getByRole('form', { name: /standard$/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'admin: network');

    await nav(page, 'Calendar');
    await page.getByRole('button', { name: 'Save calendar' }).waitFor();
    await expectAccessible(page, 'admin: business calendar');

    await nav(page, 'All jobs');
    await firstDataRow(page);
    await expectAccessible(page, 'admin: all jobs');
    await page.context().close();
  });

  it('customer (phone): the survey, answered once and refused the second time', async () => {
    const { server } = running;
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${server.url}/survey/${s.surveyToken}`);
    await page.getByLabel('4 of 5').check({ force: true });
    await expectAccessible(page, 'customer: survey');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await expectAccessible(page, 'customer: survey answered');
    await page.goto(`${server.url}/survey/${s.surveyToken}`);
    await page.getByLabel('2 of 5').check({ force: true });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'customer: survey answered before');
    await page.context().close();
  });

  it('customer (phone): the tracking link of a closed job, and the request form with its answer', async () => {
    const { server } = running;
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${server.url}/track/${s.surveyToken}`);
    await page.getByRole('heading', { name: 'Closed' }).waitFor();
    await expectAccessible(page, 'customer: tracking a closed job');
    await page.goto(`${server.url}/request`);
    // The manufacturers have arrived when there is more to choose than the prompt.
    await page.getByRole('option').nth(1).waitFor({ state: 'attached' });
    await expectAccessible(page, 'customer: request form');
    await page.getByLabel('Manufacturer of your unit').selectOption({ index: 1 });
    await page.getByLabel('Serial number').fill('NO-SUCH-PLATE');
    await page.getByLabel('Your name').fill('Erika Mustermann');
    await page.getByLabel('Email').fill('erika@customer.example');
    await page.getByLabel('What is the problem?').fill('It beeps');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { name: 'Thank you, we have your request' }).waitFor();
    await expectAccessible(page, 'customer: request sent');
    await page.context().close();
  });
});
