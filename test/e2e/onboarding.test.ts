import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { axeViolations, formatViolations } from '../support/axe.js';
import { SmtpReceiver, linkIn } from '../support/smtp-receiver.js';
import { until } from '../support/graphql-client.js';
import { loadConfig } from '../../server/dist/config.js';

/**
 * Onboarding in Chromium: a firm opens its mailed invitation link, registers on the public page
 * and lands in the portal signed in, adds a technician on its Team screen; the manufacturer's
 * admin approves it on probation in the Partners area.
 */

const receiver = new SmtpReceiver();
let smtpUrl = '';
beforeAll(async () => {
  smtpUrl = await receiver.start();
});
afterAll(() => receiver.stop());
const network = useNetwork({ partners: 1, server: () => ({ config: { messages: { ...loadConfig({}).messages, smtpUrl } } }) });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const INVITE = 'mutation($e: String!) { invitePartner(email: $e, firmName: "Kälte Nord", kind: DEALER) { id } }';
const INVITATIONS = '{ partnerInvitations { id state partner { id status regions capacity } } }';

describe('partner onboarding in Chromium', () => {
  it('registers a firm through its mailed link, lets it add a technician, and the admin approves it on probation', async () => {
    const { api, net, server } = network;
    const email = `info-${net.suffix}@kaelte-nord.test`;
    const { invitePartner } = (await api.ok(net.admin, INVITE, { e: email })) as { invitePartner: { id: string } };
    await until(() => receiver.to(email).length > 0, 15_000, 'the invitation mail');
    const link = linkIn(receiver.to(email)[0].text ?? '', 'Register or join');

    const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: `Invitation from Maker ${net.suffix}` }).waitFor();
    const form = page.getByRole('form', { name: 'Register your firm' });
    expect(await form.getByLabel('Firm name').inputValue()).toBe('Kälte Nord');
    expect(formatViolations('join page', await axeViolations(page))).toBe('');
    await form.getByLabel('Country').fill('DE');
    await form.getByLabel('Address').fill('Hafenstraße 4, 20457 Hamburg');
    await form.getByLabel('Regions you serve').fill('north');
    await form.getByLabel('Your name').fill('Greta Kühl');
    await form.getByLabel('Password').fill('cold-and-clean');
    await screenshot(page, 'onboarding-join');
    await form.getByRole('button', { name: 'Register and sign in' }).click();

    // Signed in as the new firm's admin, on its Team screen.
    await page.getByRole('heading', { name: 'Team and certifications' }).waitFor();
    await page.getByRole('status', { name: 'Live updates connected' }).waitFor();
    const add = page.getByRole('form', { name: 'Add technician' });
    await add.getByLabel('Name').fill('Ole Frost');
    await add.getByLabel('Email').fill(`tech-${net.suffix}@kaelte-nord.test`);
    await add.getByLabel('Password').fill('frosty-work');
    await add.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('cell', { name: /Ole Frost/ }).waitFor();
    await screenshot(page, 'onboarding-team');
    await page.context().close();

    const registered = (await api.ok(net.admin, INVITATIONS)) as { partnerInvitations: { id: string; state: string; partner: { id: string } | null }[] };
    expect(registered.partnerInvitations.find((row) => row.id === invitePartner.id)?.state).toBe('REGISTERED');

    // The manufacturer's admin approves it on probation in the Partners area.
    const admin = await signedInPage(browser, server.url, net.admin);
    await admin.getByRole('link', { name: 'Network', exact: true }).click();
    const row = admin.getByRole('listitem', { name: `Invitation to ${email}` });
    await row.getByText('Registered, awaiting approval').waitFor();
    const approve = row.getByRole('form', { name: 'Approve Kälte Nord' });
    await approve.getByLabel('Regions').fill(net.region);
    await approve.getByLabel('Capacity').fill('2');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await row.getByText('Approved', { exact: true }).waitFor();
    await screenshot(admin, 'onboarding-approved');
    await admin.context().close();
    const approved = (await api.ok(net.admin, INVITATIONS)) as {
      partnerInvitations: { id: string; state: string; partner: { status: string; regions: string[]; capacity: number } | null }[];
    };
    expect(approved.partnerInvitations.find((r) => r.id === invitePartner.id)).toMatchObject({
      state: 'APPROVED',
      partner: { status: 'PROBATION', regions: [net.region], capacity: 2 },
    });
  });
});
