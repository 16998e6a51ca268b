import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useServer } from '../support/use-network.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { until } from '../support/graphql-client.js';

/**
 * The partner's main screens in German and in Russian on the demo network, at desk and phone width,
 * in Chromium: the demo's German (alpine-service) and Russian (controlsys-consortium) partners sign
 * in from browsers that prefer those languages. On every screen no English is left in the portal's
 * own words (headings, buttons, labels, table headers, accessible names), dates are written the
 * locale's way, and at phone width nothing runs off the side.
 *
 * "English left" is judged by vocabulary: a word of the English catalogue that the target
 * language's catalogue never uses ("Accept", "overdue") is English on the screen. Server data and
 * typed text (names, models, descriptions) are not the portal's words and are not judged: they are
 * not in headings, buttons or labels except as names, and names are not catalogue words.
 */

const running = useServer({ seed: true });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const MESSAGES = fileURLToPath(new URL('../../web/src/i18n/messages/', import.meta.url));

/** The words of a language's catalogue (lower case, letters only, 3 or more). */
function vocabulary(language: string): Set<string> {
  const words = new Set<string>();
  for (const file of readdirSync(`${MESSAGES}${language}`).filter((name) => name.endsWith('.json'))) {
    const area = JSON.parse(readFileSync(`${MESSAGES}${language}/${file}`, 'utf8')) as Record<string, string | { message: string }>;
    for (const entry of Object.values(area)) {
      const text = typeof entry === 'string' ? entry : entry.message;
      // ICU arguments and plural keywords are not words of the language.
      const literal = text.replace(/\{[^{}]*\}/g, ' ').replace(/\b(plural|select|one|few|many|other|zero)\b/g, ' ');
      for (const word of literal.toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.add(word);
    }
  }
  return words;
}

const ENGLISH = vocabulary('en');

/** English words the language never uses: seeing one of these in the portal's own words is English left over. */
function englishOnly(language: string): Set<string> {
  const target = vocabulary(language);
  return new Set([...ENGLISH].filter((word) => !target.has(word)));
}

/** The portal's own words on the screen: headings, buttons, labels, table headers, legends, nav, accessible names, placeholders. */
async function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const element of document.querySelectorAll('h1, h2, h3, th, button, label, legend, dt, nav a, summary, caption')) {
      // A label's own words, not the typed value of a field or the options it holds.
      const clone = element.cloneNode(true) as HTMLElement;
      for (const inner of clone.querySelectorAll('select, textarea, input, option, [translate="no"]')) inner.remove();
      texts.push(clone.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (element.closest('[translate="no"]')) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) texts.push(element.getAttribute(name) ?? '');
    }
    return texts.map((text) => text.trim()).filter(Boolean);
  });
}

/** The portal's own words that are English-only words. */
async function englishLeft(page: Page, englishWords: Set<string>, names: Set<string>): Promise<string[]> {
  const left: string[] = [];
  for (const text of await chromeTexts(page)) {
    const words = (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => englishWords.has(word) && !names.has(word));
    if (words.length > 0) left.push(`${text} [${words.join(', ')}]`);
  }
  return [...new Set(left)];
}

/** The words of the demo's names (organizations, people, models, cities): data, which may be English. */
async function namesOnScreen(page: Page): Promise<Set<string>> {
  const text = await page.evaluate(() => document.body.innerText);
  const names = new Set<string>();
  // Capitalised words in the middle of a sentence-less run (a name) are data: "Alpine Service AG", "Coastline Repairs".
  for (const match of text.matchAll(/\b(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)+)\b/gu)) {
    for (const word of match[1].toLowerCase().match(/\p{L}{3,}/gu) ?? []) names.add(word);
  }
  return names;
}

async function signIn(email: string, locale: string, timezoneId: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale, timezoneId, hasTouch: viewport.width < 600, isMobile: viewport.width < 600 });
  const page = await context.newPage();
  await page.goto(`${running.server.url}/`);
  // The sign-in form is in the browser's language already: find its fields by type, not by English words.
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill('demo');
  await page.locator('form button[type="submit"]').click();
  await page.locator('header nav').waitFor();
  return page;
}

interface Journey {
  language: string;
  locale: string;
  timeZone: string;
  slug: string;
  /** A date as this locale writes it (medium style), and an English month name it must not show. */
  datePattern: RegExp;
}

const JOURNEYS: Journey[] = [
  { language: 'de', locale: 'de-DE', timeZone: 'Europe/Berlin', slug: 'alpine-service', datePattern: /\d{2}\.\d{2}\.\d{4}/ },
  { language: 'ru', locale: 'ru-RU', timeZone: 'Europe/Moscow', slug: 'controlsys-consortium', datePattern: /\d{1,2}\s\p{L}+\.?\s\d{4}\sг\./u },
];

const ENGLISH_MONTHS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s\d/;

/** Visits a screen by its menu link (the menu is in the language too) and waits for its heading. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${running.server.url}${path}`);
  await page.locator('main h1, main h2').first().waitFor({ timeout: 15_000 });
  // Lists load after the heading; the screen is read once its loading notes are gone.
  await until(async () => (await page.locator('main [aria-busy="true"]').count()) === 0, 15_000, `${path} loaded`);
}

async function checkScreen(page: Page, journey: Journey, englishWords: Set<string>, name: string, expectDate: boolean): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(journey.language);
  const names = await namesOnScreen(page);
  expect(await englishLeft(page, englishWords, names), `English left on ${name} (${journey.language})`).toEqual([]);
  const body = await page.evaluate(() => document.body.innerText);
  expect(body, `an English month on ${name}`).not.toMatch(ENGLISH_MONTHS);
  if (expectDate) expect(body, `a date written the ${journey.locale} way on ${name}`).toMatch(journey.datePattern);
}

/** Nothing wider than the phone's screen: no sideways scrolling. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe.each(JOURNEYS)('the portal in $language', (journey) => {
  const englishWords = englishOnly(journey.language);

  it('a partner admin’s inbox, jobs, a case file and scorecard at desk width', async () => {
    const page = await signIn(`admin@${journey.slug}.demo`, journey.locale, journey.timeZone, { width: 1400, height: 900 });
    await visit(page, '/inbox');
    await checkScreen(page, journey, englishWords, 'the inbox', false);
    await visit(page, '/work');
    await checkScreen(page, journey, englishWords, 'my jobs', false);
    const firstJob = page.locator('main a[href^="/jobs/"]').first();
    await firstJob.click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main time').first().waitFor();
    await checkScreen(page, journey, englishWords, 'the case file', true);
    await screenshot(page, `language-${journey.language}-case-file`);
    await visit(page, '/audit');
    await checkScreen(page, journey, englishWords, 'the scorecard', false);
    await page.context().close();
  });

  it('a technician’s jobs and case file at phone width', async () => {
    const page = await signIn(`tech@${journey.slug}.demo`, journey.locale, journey.timeZone, { width: 390, height: 844 });
    await visit(page, '/work');
    await checkScreen(page, journey, englishWords, 'the technician’s jobs', false);
    expect(await fitsWidth(page), 'my jobs fits a phone').toBe(true);
    await page.locator('main a[href^="/jobs/"]').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main time').first().waitFor();
    await checkScreen(page, journey, englishWords, 'the technician’s case file', true);
    expect(await fitsWidth(page), 'the case file fits a phone').toBe(true);
    await screenshot(page, `language-${journey.language}-phone-case-file`);
    await page.context().close();
  });
});
