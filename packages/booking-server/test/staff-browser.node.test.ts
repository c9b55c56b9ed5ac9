/**
 * The staff desk in headless Chromium against the real service: a student's
 * exam request (sent to the protocol, as the widget will), then a member of
 * staff signs in, opens it, confirms it and declines another, and looks at
 * the day list and the export page — by keyboard only, with axe checking
 * every page and the Content-Security-Policy never broken.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addStaffUser } from '../src/staff/users.ts';
import { NOW } from './helpers/fixture.ts';
import { axeViolations, launchChromium, tabTo } from './helpers/browser.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examBody, examConfig } from './helpers/exams.ts';
import { type TestServer, call, startTestServer } from './helpers/server.ts';

let database: TestDatabase;
let t: TestServer;
let browser: Browser | undefined;
let skip: string | undefined;

before(async () => {
  const launched = await launchChromium();
  browser = launched.browser;
  skip = launched.reason;
  database = await testDatabase();
  t = await startTestServer(database.db, { config: examConfig(), staff: { secureCookies: false } });
  await addStaffUser(
    database.db,
    { username: 'anna', centre: 'kalix', password: 'correct horse battery' },
    NOW,
  );
});
after(async () => {
  await browser?.close();
  await t?.close();
  await database?.close();
});

async function student(change: Record<string, unknown>) {
  const body = examBody(change);
  const r = await call(t.base, 'POST', '/v1/exam-requests', body);
  assert.equal(r.status, 201);
  return { id: body.id as string, token: r.body.token as string };
}

async function accessible(page: Page, what: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${what}`);
}

test('a student asks; staff sign in and decide by keyboard; axe finds nothing on any page', async (context) => {
  if (!browser) return context.skip(skip);
  const confirmMe = await student({ name: 'Stina Student', date: '2026-03-19' });
  const declineMe = await student({
    name: 'Dag Declined',
    date: '2026-03-19',
    start: '13:00',
    minutes: 120,
  });

  const page = await browser.newPage({ locale: 'sv-SE' });
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  try {
    // Signed out: 401, and a way to sign in.
    const first = await page.goto(`${t.base}/staff/`);
    assert.equal(first?.status(), 401);
    await accessible(page, 'the 401 page');
    await tabTo(page, 'Hoppa till innehållet');
    await tabTo(page, 'Logga in');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/login$/);
    await accessible(page, 'the sign-in page');

    // A wrong password first: the error is announced and marked.
    await tabTo(page, 'Användarnamn');
    await page.keyboard.type('anna');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="alert"]');
    await accessible(page, 'the sign-in page with an error');
    await tabTo(page, 'Lösenord');
    await page.keyboard.type('correct horse battery');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/$/);
    assert.match(await page.title(), /^Översikt/);
    await accessible(page, 'the desk');

    // Open Stina's request and confirm it.
    await tabTo(page, 'Öppna förfrågan från Stina Student');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/staff/exam-requests/${confirmMe.id}$`));
    await accessible(page, 'a pending request');
    await tabTo(page, 'Bekräfta');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=confirmed$/);
    assert.match((await page.textContent('[role="status"]')) ?? '', /bekräftad/);
    await accessible(page, 'a confirmed request');

    // Back to the desk by keyboard, then decline Dag's request with a reason.
    await tabTo(page, 'Översikt');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/$/);
    await tabTo(page, 'Öppna förfrågan från Dag Declined');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/staff/exam-requests/${declineMe.id}$`));
    await tabTo(page, 'Avböj');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#reason-error');
    await accessible(page, 'the decline form with an error');
    await tabTo(page, 'Anledning');
    await page.keyboard.type('Krockar med en annan tentamen.');
    await tabTo(page, 'Avböj');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=declined$/);
    await accessible(page, 'a declined request');

    // The day list of that day (the request page links it), a step back and forth, the export page.
    await tabTo(page, 'Dagslista 2026-03-19');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/day\?date=2026-03-19$/);
    assert.match((await page.textContent('table')) ?? '', /Stina Student/);
    await tabTo(page, 'Föregående dag');
    await page.keyboard.press('Enter');
    await page.waitForURL(/date=2026-03-18$/);
    await tabTo(page, 'Nästa dag');
    await page.keyboard.press('Enter');
    await page.waitForURL(/date=2026-03-19$/);
    await tabTo(page, 'Visa');
    // The same URL again: wait for the navigation itself, not for the address.
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /date=2026-03-19$/);
    await accessible(page, 'the day list');
    await tabTo(page, 'Export');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/export$/);
    await accessible(page, 'the export page');

    // The student sees both decisions through the status token.
    const status = async (r: { id: string; token: string }) =>
      (
        await call(t.base, 'GET', `/v1/exam-requests/${r.id}`, undefined, {
          Authorization: `Bearer ${r.token}`,
        })
      ).body.examRequest;
    assert.equal((await status(confirmMe)).status, 'confirmed');
    assert.equal((await status(declineMe)).declineReason, 'Krockar med en annan tentamen.');

    // Signing out by keyboard.
    await tabTo(page, 'Logga ut');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/login$/);
    assert.deepEqual(cspErrors, []);
  } finally {
    await page.close();
  }
});
