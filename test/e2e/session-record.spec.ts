// The printable session record: a session is run through the API on the test clock, then its record
// is opened at #print/<id>, printed to an A4 PDF by the browser, and the PDF's text is read back
// with pdftotext, as a clinic's records office would read the paper.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { SessionView, StationSettingsView } from '../../shared/api/views';
import { expect, test } from './support/fixtures';
import { StationClient } from './support/station-api';

const run = promisify(execFile);
const BY = 'Nora Nurse';

/** A Spravato 56 mg session up to 120 minutes after the first device: baseline 128/84, the 40-minute
 *  check, a reading marked entered in error, and the pre-discharge check, each at its minute. */
async function spravatoSession(client: StationClient, clinicId: string, last: { systolic: number; diastolic: number }): Promise<string> {
  const settings = (await client.request('settings.get', {})) as StationSettingsView;
  const view = (await client.request('session.checkIn', {
    chairId: settings.chairs[0].id,
    patient: { clinicId, name: 'M. R.', birthDate: '1971-04-09' },
    protocolId: 'spravato-56',
    by: BY,
  })) as SessionView;
  const sessionId = view.sessionId;
  const observe = (values: object) => client.request('session.recordObservation', { sessionId, by: BY, ...values });
  const advance = (minutes: number) => client.request('clock.advance', { minutes });

  await client.request('session.confirmPreDose', { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: BY });
  await observe({ bp: { systolic: 128, diastolic: 84, pulse: 72 }, spo2: 98, moaas: 5, dissociation: { global: 'none' } });
  await advance(10);
  await client.request('session.recordDevice', { sessionId, lot: 'LOT-2291', by: BY });
  await advance(5);
  await client.request('session.recordDevice', { sessionId, lot: 'LOT-2291', by: BY });
  await advance(15);
  const typo = (await observe({ bp: { systolic: 138, diastolic: 86 } })) as SessionView;
  const typoId = Math.max(...typo.entries.map((e) => e.id));
  await client.request('session.markEnteredInError', { sessionId, entryId: typoId, reason: 'taken on the wrong chair', by: BY });
  await advance(20);
  await observe({ bp: { systolic: 146, diastolic: 92, pulse: 80 }, spo2: 97, moaas: 4, dissociation: { global: 'mild', cadssTotal: 8 } });
  await advance(70);
  await observe({ bp: { ...last, pulse: 72 }, spo2: 98, moaas: 5, dissociation: { global: 'none' } });
  await advance(10);
  return sessionId;
}

async function openRecord(page: Page, url: string, sessionId: string) {
  await page.goto(`${url}#print/${sessionId}`);
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
}

/** Prints the page as the browser's print-to-PDF would, and returns the PDF's text. */
async function pdfText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'session-record-'));
  try {
    const file = join(dir, 'record.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a discharged session prints as a PDF record with the readings, the struck entry and the sign-off', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  try {
    const sessionId = await spravatoSession(client, 'P-5150', { systolic: 132, diastolic: 84 });
    const { clinician } = station.users;
    await client.request('session.discharge', { sessionId, signOff: { userId: clinician.userId, pin: clinician.pin }, note: 'Left with her husband' });

    await openRecord(page, station.url, sessionId);
    // The chart is drawn from the standing readings only: the struck one is not a point.
    const chart = page.getByRole('figure', { name: /Chart of 3 blood pressure readings/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg.recharts-surface')).toHaveCount(2);
    await expect(chart.locator('.chart-dot--bp-reading')).toHaveCount(3);
    await expect(chart.locator('.chart-value-label').filter({ hasText: '146/92' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

    const text = await pdfText(page);
    expect(text).toContain('P-5150');
    expect(text).toContain('M. R.');
    expect(text).toContain('Spravato 56 mg');
    expect(text).toContain('LOT-2291');
    for (const bp of ['128/84', '146/92', '132/84', '138/86']) expect(text).toContain(bp);
    expect(text).toMatch(/Entered in error: taken on the wrong chair/);
    expect(text).toMatch(/DISCHARGED at/);
    expect(text).toMatch(/Signed off by\s+.*Dr Clare Lin/is);
    expect(text).toContain('Left with her husband');
    expect(text).toContain('Timeline');
    // The buttons are for the screen, not the paper.
    expect(text).not.toContain('Print or save as PDF');
  } finally {
    client.close();
  }
});

test('an open session prints as not discharged with the unmet criterion, then with the override once signed off', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  try {
    const sessionId = await spravatoSession(client, 'P-6262', { systolic: 148, diastolic: 93 });

    await openRecord(page, station.url, sessionId);
    const open = await pdfText(page);
    expect(open).toContain('P-6262');
    expect(open).toMatch(/NOT DISCHARGED/);
    expect(open).toMatch(/Not met/);
    expect(open).toContain('148/93');

    const { clinician } = station.users;
    await client.request('session.discharge', {
      sessionId,
      signOff: { userId: clinician.userId, pin: clinician.pin },
      override: { criteria: ['bp-safe'], reason: 'Usual BP for this patient; asymptomatic' },
    });
    // A printed record is a snapshot: load it again to see the closure.
    await page.reload();
    await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
    const closed = await pdfText(page);
    expect(closed).toMatch(/DISCHARGED WITH OVERRIDE of 1 unmet criterion/);
    expect(closed).toContain('Usual BP for this patient; asymptomatic');
    expect(closed).toMatch(/Dr Clare Lin/);
  } finally {
    client.close();
  }
});
