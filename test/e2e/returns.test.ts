import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { approvedClaimWithPart } from '../support/claimed-part.js';
import { axeViolations, formatViolations } from '../support/axe.js';

/**
 * The Returns screen in a real Chromium, two people at once: the parts clerk asks for a claimed
 * part back, the partner's admin (screen already open) sees the return arrive and ships it with a
 * tracking code, the clerk's row follows live, the clerk receives it and finds no fault, and the
 * claim line is rejected on the server. Both screens pass axe-core's WCAG 2.1 A/AA rules.
 */
const network = useNetwork({ partners: 1 });
let browser: Browser;

const LINE = graphql(`
  query ReturnsE2eClaim($id: ID!) { claim(id: $id) { state lines { id decision decisionReasonCode } } }
`);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Returns screen', () => {
  it('asks a part back, ships it, receives it and finds no fault, live on both screens', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const { claimId, partLine } = await approvedClaimWithPart(api, net, partner, 'FS-E2E-1');

    const shipper = await signedInPage(browser, server.url, partner.admin);
    await shipper.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Returns' }).click();
    await shipper.getByText('No returns.').waitFor();

    const clerk = await signedInPage(browser, server.url, net.partsClerk);
    await clerk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Returns' }).click();
    const candidates = clerk.getByRole('region', { name: 'Parts that can be asked back' });
    await candidates.getByText(/serial FS-E2E-1/).waitFor();
    await candidates.getByRole('button', { name: 'Ask for the part back' }).click();
    const ask = clerk.getByRole('form', { name: 'Ask for part FS-E2E-1 back' });
    await ask.getByLabel('Note to the partner').fill('For the lab');
    await ask.getByRole('button', { name: 'Ask back' }).click();
    const clerkRow = clerk.getByRole('row', { name: /FS-E2E-1/ });
    await clerkRow.getByText('Requested').waitFor();
    expect(formatViolations('returns (clerk)', await axeViolations(clerk))).toBe('');

    // The partner's open screen takes the new return from its event, and ships it.
    const shipRow = shipper.getByRole('row', { name: /FS-E2E-1/ });
    await shipRow.getByText('Requested').waitFor();
    expect(formatViolations('returns (partner)', await axeViolations(shipper))).toBe('');
    await shipRow.getByLabel('Tracking code').fill('DHL-E2E-7');
    await shipRow.getByRole('button', { name: 'Shipped' }).click();
    await shipRow.getByText('Tracking: DHL-E2E-7').waitFor();

    // The clerk's row follows without a reload; receive, then inspect.
    await clerkRow.getByText('Tracking: DHL-E2E-7').waitFor();
    await clerkRow.getByRole('button', { name: 'Received' }).click();
    const inspect = clerkRow.getByRole('form', { name: /^Inspect return RA-/ });
    await inspect.getByLabel('Result').selectOption('NO_FAULT_FOUND');
    await inspect.getByText('This rejects the claim line.').waitFor();
    await inspect.getByLabel('Note').fill('Runs fine on the bench');
    await inspect.getByRole('button', { name: 'Record inspection' }).click();
    await clerkRow.getByText('No fault found').waitFor();
    await shipRow.getByText('No fault found').waitFor();
    await screenshot(clerk, 'returns-inspected');

    const claim = (await api.ok(net.admin, LINE, { id: claimId })).claim!;
    expect(claim.state).toBe('PARTIALLY_APPROVED');
    expect(claim.lines.find((l) => l.id === partLine.id)).toMatchObject({ decision: 'REJECTED', decisionReasonCode: 'return.noFaultFound' });
    await shipper.context().close();
    await clerk.context().close();
  });
});
