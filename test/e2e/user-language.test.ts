import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useServer } from '../support/use-network.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { gqlOk, login, until } from '../support/graphql-client.js';

/**
 * The portal in the signed-in user's stored language and time zone, and the header's language
 * switch storing a new choice with the user, in Chromium on the demo network: a German partner's
 * admin signs in to German screens, switches to Danish, and finds Danish again after signing in anew in another browser that prefers English.
 */

const running = useServer({ seed: true });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const ME = graphql(`
  query LanguageE2eMe { me { locale timeZone } }
`);

const EMAIL = 'admin@alpine-service.demo';

async function signIn(url: string) {
  // A browser that prefers English: only the user's own setting can make the screens German.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describe('the user’s language in the portal', () => {
  it('starts in the German partner admin’s stored language, and the header’s switch stores a new choice for the next sign-in', async () => {
    const { server } = running;
    const token = await login(server.httpUrl, EMAIL);
    expect((await gqlOk(server.httpUrl, ME, {}, token)).me).toEqual({ locale: 'de', timeZone: 'Europe/Berlin' });

    const page = await signIn(server.url);
    await until(async () => (await page.evaluate(() => document.documentElement.lang)) === 'de', 15_000, 'the German screens');
    const switcher = page.locator('select.language-switch');
    expect(await switcher.inputValue()).toBe('de');
    await screenshot(page, 'language-german-partner');

    await switcher.selectOption('da');
    await until(async () => (await gqlOk(server.httpUrl, ME, {}, token)).me.locale === 'da', 10_000, 'Danish stored with the user');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.context().close();

    // Another browser (preferring English, nothing remembered), signed in anew: Danish, as stored.
    const again = await signIn(server.url);
    await until(async () => (await again.evaluate(() => document.documentElement.lang)) === 'da', 15_000, 'the Danish screens');
    expect(await again.locator('select.language-switch').inputValue()).toBe('da');
    await again.context().close();
  });
});
