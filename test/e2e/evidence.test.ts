import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { photoJpeg } from '../support/images.js';

const network = useNetwork({ partners: 1, minPhotos: 1, requiresSignature: true });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EVIDENCE = graphql(`
  query EvidenceAttachments($id: ID!) { job(id: $id) { status attachments { kind signerName width } } }
`);

/** A stroke across the canvas with a finger: Chromium's touch events, which it turns into pointer events of type touch. */
async function touchStroke(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const point = (t: number) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t + Math.sin(t * Math.PI * 2) * 15 });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
  for (let step = 1; step <= 12; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(step / 12)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('evidence from a phone, in a real Chromium', () => {
  it('the technician photographs the work, the customer signs on the screen, the job completes and the case file shows the thumbnails', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner);
    const tech = await signedInPage(browser, server.url, partner.tech, { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    await tech.getByRole('link', { name: job.number }).click();
    await tech.getByRole('heading', { name: 'Service report' }).waitFor();

    // Without evidence the gate names what is missing.
    await tech.getByRole('textbox', { name: 'Resolution' }).fill('Replaced the valve');
    await tech.getByLabel(/^Failure code/).fill('E-MECH');
    await tech.getByLabel('Safety check done', { exact: true }).check();
    await tech.getByLabel('Test run under load', { exact: true }).check();
    await tech.getByRole('button', { name: 'Complete job' }).click();
    const missing = await tech.getByRole('list', { name: 'Missing for the quality standard' }).innerText();
    expect(missing).toContain('At least one photo taken during the work');
    expect(missing).toContain("The customer's drawn signature");

    // A photo from the camera (the input asks for the rear camera on a phone).
    const input = tech.getByTestId('photo-input');
    expect(await input.getAttribute('capture')).toBe('environment');
    expect(await input.getAttribute('accept')).toBe('image/*');
    await input.setInputFiles({ name: 'valve.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg({ gps: true }) });
    await tech.getByRole('img', { name: 'Uploaded: valve.jpg' }).waitFor({ timeout: 15_000 });
    await tech.getByText('Photos (at least 1): 1 uploaded').waitFor();

    // The customer signs: a stroke with a finger and one with the mouse.
    const pad = tech.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await touchStroke(tech, { x: box.x + 20, y: box.y + 60 }, { x: box.x + box.width - 20, y: box.y + 90 });
    await tech.mouse.move(box.x + 30, box.y + 120);
    await tech.mouse.down();
    for (let step = 1; step <= 10; step++) await tech.mouse.move(box.x + 30 + step * 25, box.y + 120 - step * 6);
    await tech.mouse.up();
    await tech.getByRole('textbox', { name: 'Name of the person signing' }).fill('Dana Customer');
    await tech.getByRole('button', { name: 'Save signature' }).click();
    await tech.getByRole('button', { name: 'Signature saved' }).waitFor({ timeout: 15_000 });
    await screenshot(tech, 'technician-evidence');

    await tech.getByRole('button', { name: 'Complete job' }).click();
    await tech.getByRole('heading', { name: new RegExp(`${job.number} Completed`) }).waitFor({ timeout: 10_000 });

    // The case file shows the evidence as thumbnails, loaded through their signed URLs (the policy allows them).
    const evidence = tech.getByRole('region', { name: 'Photos and documents' });
    const photo = evidence.getByRole('img', { name: 'Photo of the work' });
    const signature = evidence.getByRole('img', { name: 'Signature of Dana Customer' });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await evidence.getByRole('link').first().getAttribute('href')).toMatch(/^\/files\/[0-9a-f-]+\?v=full&exp=\d+&sig=/);
    await screenshot(tech, 'technician-evidence-completed');
    await tech.context().close();

    const stored = (await api.ok(net.dispatcher, EVIDENCE, { id: job.id })).job!;
    expect(stored.status).toBe('COMPLETED');
    // The service report (REPORT) follows in the background once the completion has committed.
    expect(
      stored.attachments
        .map((a) => a.kind)
        .filter((kind) => kind !== 'REPORT')
        .sort(),
    ).toEqual(['PHOTO', 'SIGNATURE']);
    expect(stored.attachments.find((a) => a.kind === 'SIGNATURE')).toMatchObject({ signerName: 'Dana Customer' });
  });
});
