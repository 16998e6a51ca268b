import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { errorCode } from '../support/graphql-client.js';

const network = useNetwork({ partners: 1 });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Integrations page in a real Chromium', () => {
  it('lets a partner admin create an API key (shown once, copied), see it listed, and revoke it after confirming', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const tech = await signedInPage(browser, server.url, partner.tech);
    expect(await tech.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).count()).toBe(0);
    await tech.context().close();

    const page = await signedInPage(browser, server.url, partner.admin);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByText('No API keys yet.').waitFor();

    await page.getByLabel('Name (what it is for)').fill('ERP sync');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('status', { name: 'New API key' });
    await shown.getByText('it will not be shown again').waitFor();
    const secret = await page.getByTestId('api-key-secret').innerText();
    expect(secret).toMatch(/^spk_/);
    await shown.getByRole('button', { name: 'Copy' }).click();
    await shown.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const row = page.getByRole('row', { name: /ERP sync/ });
    await row.getByText(`${secret.slice(0, 10)}…`).waitFor();
    await row.getByText('Never').waitFor();
    await screenshot(page, 'partner-integrations');
    expect(errorCode(await api.call({ ...partner.admin, token: secret }, '{ me { id } }'))).toBeUndefined();

    await row.getByRole('button', { name: 'Revoke' }).click();
    // Nothing is revoked until confirmed.
    expect(errorCode(await api.call({ ...partner.admin, token: secret }, '{ me { id } }'))).toBeUndefined();
    await row.getByRole('button', { name: 'Revoke key' }).click();
    await row.getByText(/^Revoked /).waitFor();
    expect(errorCode(await api.call({ ...partner.admin, token: secret }, '{ me { id } }'))).toBe('UNAUTHENTICATED');
    await page.context().close();
  });
});
