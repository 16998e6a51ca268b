import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { useNetwork } from '../support/use-network.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';

const network = useNetwork({ partners: 1 });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SET_CALENDAR = `mutation ($c: BusinessCalendarInput!) { setBusinessCalendar(calendar: $c) { version hours { day intervals } } }`;
const CALENDARS = `query { businessCalendars { organizationId version closedDays hours { day intervals } } }`;
const APPOINTMENT = `query ($id: ID!) { job(id: $id) { appointmentAt } }`;
const MINUTES = `query ($id: ID!) { job(id: $id) { appointmentAt appointmentMinutes } }`;
const SCHEDULES = `query ($from: DateTime!, $to: DateTime!, $t: ID) { technicianSchedules(from: $from, to: $to, technicianId: $t) { ownHours hours { day } absences { startsAt endsAt kind } } }`;
const EVERY_DAY = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].map((day) => ({ day, intervals: ['07:00-19:00'] }));

/** The appointment's box on the calendar. */
const appointment = (page: Page, number: string) => page.getByRole('listitem').filter({ has: page.locator(`[data-job="${number}"]`) });

/** Where a slot of the day shown begins on the grid (its row in the time axis). */
const slotTop = async (page: Page, hhmm: string) => (await page.locator(`[data-time="${hhmm}:00"]`).first().boundingBox())!.y;

/** Drags an appointment that starts at `from` by the grid's distance to `to` (both hh:mm on the day shown). */
/**
 * The appointment's box once the page has stopped moving it: a note above the calendar that comes or
 * goes (a live event re-rendering it) shifts the grid, and a drag measured before that would miss.
 */
async function settledBox(event: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let box = (await event.boundingBox())!;
  for (;;) {
    await event.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const next = (await event.boundingBox())!;
    if (next.x === box.x && next.y === box.y && next.height === box.height) return next;
    box = next;
  }
}

async function drag(page: Page, event: Locator, from: string, to: string): Promise<void> {
  const box = await settledBox(event);
  const dy = (await slotTop(page, to)) - (await slotTop(page, from));
  const x = box.x + box.width / 2;
  // Just below its top edge: grab and drop points then sit at the start of a quarter hour, whichever way the grid rounds.
  const y = box.y + 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + Math.sign(dy) * 8, { steps: 3 });
  // The grid places a drop a little below the pointer (about a third of a slot): aim just above the target line.
  await page.mouse.move(x, y + dy - 10, { steps: 12 });
  await page.mouse.up();
}

describe("the partner admin's schedule of its technicians, in Chromium", () => {
  it('drags an appointment to another time, is refused on a booked slot and books a free one; the technician sees it live', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    // The partner works in UTC every day, so the grid's hours are the API's whatever the day.
    expect((await api.call(partner.admin, SET_CALENDAR, { c: { timeZone: 'UTC', hours: EVERY_DAY } })).errors).toBeUndefined();
    const now = server.clock.now();
    const at = (hours: number, minutes = 0) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, hours, minutes));
    const { job } = await api.assignedJob(net, partner);
    expect((await api.schedule(partner.admin, job.id, partner.tech.id, at(9))).errors).toBeUndefined();
    const { job: other } = await api.assignedJob(net, partner);
    expect((await api.schedule(partner.admin, other.id, partner.tech.id, at(13))).errors).toBeUndefined();
    const appointmentOf = async (id: string) =>
      ((await api.call(partner.admin, APPOINTMENT, { id })).data as { job: { appointmentAt: string } }).job.appointmentAt;

    // The technician's day, in a second browser.
    const tech = await signedInPage(browser, server.url, partner.tech);
    await tech.getByRole('heading', { name: 'My jobs' }).waitFor();
    const techCard = tech.getByLabel(`Job ${job.number}`).locator('..');
    const shown = (iso: string) => tech.evaluate((when) => new Date(when).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }), iso);
    await techCard.getByText(await shown(at(9).toISOString())).waitFor();

    const admin = await signedInPage(browser, server.url, partner.admin);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
    await admin.getByRole('heading', { name: "Technicians' schedule" }).waitFor();
    await admin.getByRole('button', { name: 'Day', exact: true }).click();
    await admin.getByRole('button', { name: 'Next day' }).click();
    const event = appointment(admin, job.number);
    await event.waitFor();
    await appointment(admin, other.number).waitFor();
    await screenshot(admin, 'schedule-day');

    // A drag to 10:30 moves the appointment on the server, and the technician's screen follows.
    await drag(admin, event, '09:00', '10:30');
    await admin.getByRole('status').getByText(`${job.number} now starts`).waitFor();
    expect(await appointmentOf(job.id)).toBe(at(10, 30).toISOString());
    await techCard.getByText(await shown(at(10, 30).toISOString())).waitFor({ timeout: 10_000 });

    // The other appointment's lower edge dragged up half an hour, while nothing sits next to it: it is booked for 90 minutes instead of 120.
    // Its lower edge scrolled into the calendar's view first (the grid scrolls inside the page).
    const otherEvent = appointment(admin, other.number);
    await otherEvent.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const box = await settledBox(otherEvent);
    const dy = (await slotTop(admin, '14:30')) - (await slotTop(admin, '15:00'));
    const x = box.x + box.width / 2;
    const y = box.y + box.height - 3;
    await admin.mouse.move(x, y);
    await admin.mouse.down();
    await admin.mouse.move(x, y - 8, { steps: 3 });
    // Let go a few pixels above the 14:30 line: the end snaps to the nearest quarter hour.
    await admin.mouse.move(x, y + dy, { steps: 12 });
    await admin.mouse.up();
    await admin.getByRole('status').getByText(`${other.number} now starts`).waitFor();
    const resized = (await api.call(partner.admin, MINUTES, { id: other.id })).data as { job: { appointmentAt: string; appointmentMinutes: number } };
    expect(resized.job).toEqual({ appointmentAt: at(13).toISOString(), appointmentMinutes: 90 });

    // Onto the other appointment: refused, put back, and the next free slots offered.
    await drag(admin, event, '10:30', '13:00');
    await admin.getByRole('alert').getByText('The technician is booked or away at that time.').waitFor();
    await admin.getByText(`${job.number} stays at`).waitFor();
    expect(await appointmentOf(job.id)).toBe(at(10, 30).toISOString());
    // Back on the grid at 10:30 (the note above the calendar moves the whole grid, so measured against its own row).
    expect(Math.abs((await event.boundingBox())!.y - (await slotTop(admin, '10:30')))).toBeLessThan(2);
    const slots = admin.getByRole('list', { name: 'Next free slots' }).getByRole('button');
    expect(await slots.count()).toBeGreaterThan(0);
    await screenshot(admin, 'schedule-conflict');
    const label = await slots.first().getAttribute('aria-label');
    await slots.first().click();
    await admin.getByRole('status').getByText(`${job.number} now starts`).waitFor();
    const booked = await appointmentOf(job.id);
    expect(booked).not.toBe(at(10, 30).toISOString());
    expect(label).toContain(job.number);
    await techCard.getByText(await shown(booked)).waitFor({ timeout: 10_000 });

    // A booking made elsewhere (here over the API) joins the calendar without a reload.
    const { job: third } = await api.assignedJob(net, partner);
    expect((await api.schedule(partner.admin, third.id, partner.tech.id, at(7))).errors).toBeUndefined();
    await appointment(admin, third.number).waitFor({ timeout: 10_000 });

    await tech.context().close();
    await admin.context().close();
  }, 180_000);

  it("sets a technician's own working hours and an absence, which the calendar and the API then hold", async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const admin = await signedInPage(browser, server.url, partner.admin);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
    const hours = admin.getByRole('region', { name: /^Working hours of / });
    await hours.getByText(/^The organization's hours/).waitFor();
    await admin.waitForLoadState('networkidle');
    // From here on, what the page asks the server: its own changes, never the schedules again.
    const asked: string[] = [];
    admin.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') asked.push(String(request.postDataJSON()?.operationName));
    });
    await hours.getByLabel('Saturday').fill('');
    await hours.getByLabel('Sunday').fill('');
    await hours.getByRole('button', { name: 'Save working hours' }).click();
    await hours.getByText('Own hours, in UTC.').waitFor();

    const absences = admin.getByRole('region', { name: /^Absences of / });
    const day = new Date(server.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    await absences.getByLabel('Away from').fill(`${day}T16:00`);
    await absences.getByLabel('Back at').fill(`${day}T18:00`);
    await absences.getByLabel('Reason').selectOption('TRAINING');
    await absences.getByLabel('Note (seen by your organization only)').fill('Refrigerant course');
    await absences.getByRole('button', { name: 'Add absence' }).click();
    await absences.getByText('Refrigerant course').waitFor();

    const from = `${day}T00:00:00.000Z`;
    const to = new Date(Date.parse(from) + 2 * 86_400_000).toISOString();
    const result = await api.call(partner.admin, SCHEDULES, { from, to, t: partner.tech.id });
    const [schedule] = (
      result.data as { technicianSchedules: { ownHours: boolean; hours: { day: string }[]; absences: { startsAt: string; endsAt: string; kind: string }[] }[] }
    ).technicianSchedules;
    expect(schedule.ownHours).toBe(true);
    expect(schedule.hours.map((one) => one.day)).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
    expect(schedule.absences).toEqual([{ startsAt: `${day}T16:00:00.000Z`, endsAt: `${day}T18:00:00.000Z`, kind: 'TRAINING' }]);
    await screenshot(admin, 'schedule-technician-time');

    await absences.getByRole('button', { name: /^Remove absence / }).click();
    await absences.getByText('No absence in the period shown.').waitFor();
    expect(asked).toEqual(['SetTechnicianHours', 'AddTechnicianAbsence', 'RemoveTechnicianAbsence']);
    await admin.context().close();
  });

  it('saves a change to the business calendar', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const admin = await signedInPage(browser, server.url, partner.admin);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await admin.getByRole('heading', { name: 'Business calendar' }).waitFor();
    await admin.getByLabel('Monday').fill('08:00-12:00, 13:00-16:30');
    await admin.getByLabel('Sunday').fill('');
    await admin.getByLabel('Closed on').fill('2026-12-24');
    await admin.getByRole('button', { name: 'Add closed day' }).click();
    await admin.getByRole('button', { name: 'Save calendar' }).click();
    await admin
      .getByRole('status')
      .getByText(/Saved: version \d+\./)
      .waitFor();
    await screenshot(admin, 'business-calendar');
    const calendars = (await api.call(partner.admin, CALENDARS)).data as {
      businessCalendars: { organizationId: string; closedDays: string[]; hours: { day: string; intervals: string[] }[] }[];
    };
    const own = calendars.businessCalendars.find((calendar) => calendar.organizationId === partner.id)!;
    expect(own.hours.find((hours) => hours.day === 'MON')?.intervals).toEqual(['08:00-12:00', '13:00-16:30']);
    expect(own.hours.some((hours) => hours.day === 'SUN')).toBe(false);
    expect(own.closedDays).toContain('2026-12-24');
    await admin.context().close();
  });
});
