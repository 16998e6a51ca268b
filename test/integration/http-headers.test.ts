import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser } from '../support/browser.js';

const network = useNetwork({ partners: 1 });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TYPENAME = graphql(`
  query HeadersTypename { __typename }
`);

/** The Content-Security-Policy as directive → sources. */
function policy(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectBrowserHeaders(response: Response): void {
  const csp = policy(response.headers.get('content-security-policy'));
  const host = new URL(network.server.url).host;
  expect(csp).toMatchObject({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", `ws://${host}`, `wss://${host}`],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  });
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers', () => {
  it('the portal page carries them', async () => {
    const { server } = network;
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expectBrowserHeaders(response);
    // A client-side route is the same page with the same headers.
    expectBrowserHeaders(await fetch(`${server.url}/board`));
  });

  it('the API carries them too', async () => {
    const { server } = network;
    const response = await fetch(server.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TYPENAME.toString() }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expectBrowserHeaders(response);
    expectBrowserHeaders(await fetch(`${server.url}/healthz`));
  });

  it('no /metrics without METRICS_TOKEN: a 404, not the portal page', async () => {
    const { server } = network;
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<div id="root">');
  });

  it('the built portal signs in and goes live in Chromium under the policy, for every role, with no violation', async () => {
    const { server, net } = network;
    const partner = net.partners[0];
    for (const actor of [net.dispatcher, partner.admin, partner.tech, net.partsClerk, net.auditor, net.admin]) {
      const context = await browser.newContext();
      // Registered before any page script runs; a violation is reported to the page as an event.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const consoleErrors: string[] = [];
      context.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
      // Signed in through the real form (as signedInPage does, in this watched context): scripts,
      // styles, the HTTP API and the WebSocket all have to pass the policy to get this far.
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email').fill(actor.email);
      await page.getByLabel('Password').fill('demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('status', { name: 'Live updates connected' }).waitFor();
      await page.waitForLoadState('networkidle');
      const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      expect({ actor: actor.email, violations: await violations() }).toEqual({ actor: actor.email, violations: [] });
      expect(consoleErrors.filter((text) => /Content.Security.Policy/i.test(text))).toEqual([]);

      if (actor === net.dispatcher) {
        // The watch works: an inline script, which the policy forbids, is reported and does not run.
        const ran = await page.evaluate(async () => {
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
        });
        expect(ran).toBe(false);
        expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
      }
      await context.close();
    }
  });
});
