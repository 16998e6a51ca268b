import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { axeViolations, formatViolations } from '../support/axe.js';
import { SmtpReceiver, linkIn } from '../support/smtp-receiver.js';
import { until } from '../support/graphql-client.js';
import { loadConfig } from '../../server/dist/config.js';

/**
 * A partner's admin answers a mailed offer from its link in Chromium, on a phone, signed in to
 * nothing: the link shows the offer and one button; pressing it accepts; the same link opened
 * again says it was used, and the offer's decline link says the offer was answered.
 */

// The portal mails over real SMTP to a receiver in the test: the links pressed are the ones the mail carried.
const receiver = new SmtpReceiver();
let smtpUrl = '';
beforeAll(async () => {
  smtpUrl = await receiver.start();
});
afterAll(() => receiver.stop());
const network = useNetwork({ partners: 1, server: () => ({ config: { messages: { ...loadConfig({}).messages, smtpUrl } } }) });
let browser: Browser;

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe('a mailed offer link in Chromium, on a phone', () => {
  it('shows the offer from its mail, accepts it with one press, and refuses when opened again', async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    const job = await api.createJob(net);
    await api.offerOk(net, job.id, [partner.id]);
    const { acceptUrl, declineUrl } = await mailedLinks(partner.admin.email, job.number);

    const page = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
    await page.goto(acceptUrl);
    await page.getByRole('heading', { name: `Job offer ${job.number}` }).waitFor();
    await page.getByText('Compressor stops after ten minutes').waitFor();
    expect(await page.getByText(partner.name).count()).toBe(1);
    expect(formatViolations('offer link', await axeViolations(page))).toBe('');
    // Nothing fits beside the page: no sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'offer-link-open');
    // Opening the link changed nothing.
    expect((await api.job(net.dispatcher, job.id)).data!.job!.status).toBe('OFFERED');

    await page.getByRole('button', { name: 'Accept the job' }).click();
    await page.getByRole('status').getByRole('heading', { name: 'Accepted: the job is yours' }).waitFor();
    await screenshot(page, 'offer-link-accepted');
    const accepted = (await api.job(net.dispatcher, job.id)).data!.job!;
    expect(accepted.status).toBe('ASSIGNED');
    expect(accepted.assignedPartner?.id).toBe(partner.id);

    await page.reload();
    await page.getByRole('alert').getByRole('heading', { name: 'This link has already been used.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept the job' }).count()).toBe(0);
    await screenshot(page, 'offer-link-used');

    await page.goto(declineUrl);
    await page.getByRole('alert').getByRole('heading', { name: 'This offer has already been answered.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Decline the job' }).count()).toBe(0);

    await page.goto(`${server.url}/offer/not-a-token`);
    await page.getByRole('alert').getByText('This offer link is not valid').waitFor();
    await page.context().close();
  });

  it('asks a decline link for the reason declineOffer requires, then declines', async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    const job = await api.createJob(net, net.paidSerial);
    await api.offerOk(net, job.id, [partner.id]);
    const { declineUrl } = await mailedLinks(partner.admin.email, job.number);

    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(declineUrl);
    await page.getByRole('heading', { name: `Job offer ${job.number}` }).waitFor();
    const button = page.getByRole('button', { name: 'Decline the job' });
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel('Why do you decline?').fill('No technician free this week');
    await button.click();
    await page.getByRole('status').getByRole('heading', { name: 'Declined: the dispatcher has been told' }).waitFor();
    const declined = (await api.job(net.dispatcher, job.id)).data!.job!;
    expect(declined.status).toBe('NEW');
    await page.context().close();
  });
});

/** The accept and decline links of the offer mail about a job, as received over SMTP. */
async function mailedLinks(address: string, jobNumber: string): Promise<{ acceptUrl: string; declineUrl: string }> {
  const about = () => receiver.to(address).find((message) => message.subject?.includes(jobNumber));
  await until(() => about() !== undefined, 30_000, `the offer mail of ${jobNumber}`);
  const text = about()!.text ?? '';
  return { acceptUrl: linkIn(text, 'Accept the offer'), declineUrl: linkIn(text, 'Decline the offer') };
}
