import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Actor } from './factory.js';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Debian's Chromium, headless, with the flags this machine needs (STACK.md). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A page object per role: each signs in through the real form in its own browser context. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  actor: Actor,
  viewport = { width: 1400, height: 900 },
  device: { hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, ...device });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(actor.email);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('status', { name: 'Live updates connected' }).waitFor();
  return page;
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
