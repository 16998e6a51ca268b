import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, signedInPage } from '../support/browser.js';

/**
 * Issue 16's admin screens in a real Chromium: the manufacturer's admin adds a customer's own staff
 * (kind and customer picked in the form) and makes a standard require a certified technician; the
 * partner's admin adds a certification to a technician on the Schedule screen and removes it again.
 */
const network = useNetwork({ partners: 1 });
let browser: Browser;

const STAFF = graphql(`
  query EdgesStaff { partners { slug kind customerId } productLines { standards { jobType requiresCertifiedTechnician } } }
`);
const CERTIFICATIONS = graphql(`
  query EdgesCertifications($t: ID) { technicianCertifications(technicianId: $t) { id productLineName jobTypes } }
`);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the network's edges on the admin screens", () => {
  it("adds a customer's own staff and requires a certified technician on a standard", async () => {
    const { server, api, net } = network;
    const page = await signedInPage(browser, server.url, net.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
    const form = page.getByRole('form', { name: 'Add a partner' });
    await form.getByLabel('Name', { exact: true }).fill('Clinic maintenance');
    await form.getByLabel(/^Slug/).fill(`clinic-${net.suffix}`);
    await form.getByLabel('Kind').selectOption('CUSTOMER_STAFF');
    await form.getByLabel(/Customer it serves/).selectOption({ label: `Customer ${net.suffix}` });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').getByText('Saved').waitFor();

    await page.locator('summary', { hasText: `Compressors ${net.suffix}` }).click();
    const standard = page.getByRole('form', { name: 'Repair standard' });
    await standard.getByLabel('Requires a certified technician').check();
    await standard.getByRole('button', { name: 'Save' }).click();
    await standard.getByRole('status').waitFor();

    const read = await api.ok(net.admin, STAFF);
    expect(read.partners.find((p) => p.slug === `clinic-${net.suffix}`)).toMatchObject({ kind: 'CUSTOMER_STAFF', customerId: expect.any(String) });
    expect(read.productLines[0].standards.find((s) => s.jobType === 'REPAIR')?.requiresCertifiedTechnician).toBe(true);
    await page.context().close();
  });

  it("lets the partner's admin add and remove a technician's certification", async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const page = await signedInPage(browser, server.url, partner.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
    const panel = page.getByRole('region', { name: /^Certifications of / });
    await panel.getByText('No certification yet.').waitFor();
    await panel.getByLabel('Product line').selectOption({ label: `Compressors ${net.suffix}` });
    await panel.getByLabel('Inspection').check();
    await panel.getByRole('button', { name: 'Add certification' }).click();
    await panel.getByText(/Compressors .*: Repair and Inspection, until/).waitFor();
    expect((await api.ok(partner.admin, CERTIFICATIONS, { t: partner.tech.id })).technicianCertifications).toEqual([
      { id: expect.any(String), productLineName: `Compressors ${net.suffix}`, jobTypes: ['REPAIR', 'INSPECTION'] },
    ]);

    await panel.getByRole('button', { name: /^Remove certification/ }).click();
    await panel.getByText('No certification yet.').waitFor();
    expect((await api.ok(partner.admin, CERTIFICATIONS, { t: partner.tech.id })).technicianCertifications).toEqual([]);
    await page.context().close();
  });
});
