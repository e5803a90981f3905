// The discharge as the clinic sees it: the moment a patient was ready to leave but for the 2-hour
// rule, the clinician's PIN sign-off at 120 minutes, and a rising BP holding the discharge with the
// criterion named. The session is run through the API on the test clock; the screen is looked at.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { advanceClock, StationClient } from './support/station-api';
import { openChair, openStation, signOff } from './support/nurse';
import type { StationProcess } from './support/station-process';

const BY = 'Nora Nurse';
const normal = { spo2: 98, moaas: 5, dissociation: { global: 'none' } };

/** Spravato 56 mg in chair 1: pre-dose done, both devices, the 40-minute check with sedation. */
async function dosedAt40(station: StationProcess): Promise<{ client: StationClient; sessionId: string }> {
  const client = await StationClient.connect(station.url);
  const { sessionId } = (await client.request('session.checkIn', {
    chairId: 'chair-1',
    patient: { clinicId: 'P-4040', name: 'R. S.' },
    protocolId: 'spravato-56',
    by: BY,
  })) as { sessionId: string };
  await client.request('session.confirmPreDose', { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: BY });
  await client.request('session.recordObservation', { sessionId, bp: { systolic: 126, diastolic: 80, pulse: 70 }, ...normal, by: BY });
  await client.request('session.recordDevice', { sessionId, lot: 'LOT-7', by: BY });
  await advanceClock(station.url, 5);
  await client.request('session.recordDevice', { sessionId, lot: 'LOT-7', by: BY });
  await advanceClock(station.url, 35);
  await client.request('session.recordObservation', { sessionId, bp: { systolic: 146, diastolic: 92, pulse: 82 }, spo2: 96, moaas: 4, dissociation: { global: 'mild' }, by: BY });
  return { client, sessionId };
}

async function check(client: StationClient, sessionId: string, systolic: number, diastolic: number) {
  await client.request('session.recordObservation', { sessionId, bp: { systolic, diastolic, pulse: 74 }, ...normal, by: BY });
}

const criterion = (page: Page, text: RegExp) => page.getByRole('list', { name: 'Discharge criteria' }).getByRole('listitem').filter({ hasText: text });

test('a patient ready at 95 min shows "ready to leave at 95 min" and is signed off at 120 min', async ({ page, station }) => {
  const { client, sessionId } = await dosedAt40(station);
  await openStation(page, station.url);
  const tile = page.getByRole('region', { name: 'Chair 1' });
  await expect(tile.getByText(/Ready to leave/)).toHaveCount(0);

  await advanceClock(station.url, 55);
  await check(client, sessionId, 132, 84);
  await expect(tile.getByText(/Ready to leave at 95 min/)).toBeVisible();

  await openChair(page, 'Chair 1');
  await expect(page.getByText(/Ready to leave at 95 min/).first()).toBeVisible();
  const discharge = page.getByRole('button', { name: 'Discharge patient' });
  await expect(discharge).toBeDisabled();
  await expect(criterion(page, /Minimum observation/)).toContainText('Not met');

  await advanceClock(station.url, 15);
  await check(client, sessionId, 128, 82);
  await advanceClock(station.url, 10);
  await expect(discharge).toBeEnabled();
  await signOff(page.getByRole('form', { name: 'Discharge' }), station.users.clinician.name, station.users.clinician.pin);
  await discharge.click();
  await expect(page.getByText(/Discharged by Dr Clare Lin at .* read-only record/)).toBeVisible();
  // The record keeps the moment, and the sign-off by the clinician's account.
  await expect(page.getByRole('region', { name: 'Record' }).getByText(/Ready to leave: every discharge criterion but the minimum observation time is met/)).toBeVisible();
  await expect(page.getByText(/signed off by Dr Clare Lin with their PIN/)).toBeVisible();

  // The record leaves the station as files other programs read.
  const csv = await download(page, 'CSV');
  expect(csv.name).toMatch(/^session-P-4040-\d{4}-\d\d-\d\d\.csv$/);
  const rows = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
  const header = rows[0];
  const column = (row: string[], name: string) => row[header.indexOf(name)];
  expect(header).toEqual(expect.arrayContaining(['session_id', 'patient_id', 'measured_at', 'measure', 'value', 'unit']));
  const systolic = rows.slice(1).filter((r) => column(r, 'measure') === 'BP systolic').map((r) => column(r, 'value'));
  expect(systolic).toEqual(['126', '146', '132', '128']);
  expect(rows.slice(1).every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(column(r, 'measured_at')))).toBe(true);

  const fhir = await download(page, 'FHIR');
  const bundle = JSON.parse(fhir.text) as { resourceType: string; entry: Array<{ resource: { resourceType: string; code?: { coding?: Array<{ code: string }> } } }> };
  expect(bundle.resourceType).toBe('Bundle');
  const kinds = bundle.entry.map((e) => e.resource.resourceType);
  expect(kinds).toEqual(expect.arrayContaining(['Patient', 'Encounter', 'Observation', 'MedicationAdministration']));
  const panels = bundle.entry.filter((e) => e.resource.code?.coding?.some((c) => c.code === '85354-9'));
  expect(panels).toHaveLength(4);
  client.close();
});

/** Presses an export button on the session and reads the file the browser saves. */
async function download(page: Page, button: 'CSV' | 'FHIR'): Promise<{ name: string; text: string }> {
  const saving = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export record' }).getByRole('button', { name: button, exact: true }).click();
  const file = await saving;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a BP of 150/95 and rising at 120 min holds the discharge, naming the BP criterion', async ({ page, station }) => {
  const { client, sessionId } = await dosedAt40(station);
  await advanceClock(station.url, 70);
  await check(client, sessionId, 146, 92);
  await advanceClock(station.url, 10);
  await check(client, sessionId, 150, 95);

  await openStation(page, station.url);
  await openChair(page, 'Chair 1');
  await expect(criterion(page, /Latest BP below 180\/110/)).toContainText('Not met');
  await expect(criterion(page, /Latest BP below 180\/110/)).toContainText('150/95 (before: 146/92)');
  await expect(page.getByRole('button', { name: 'Discharge patient' })).toBeDisabled();
  await expect(page.locator('.discharge-reasons')).toContainText('Latest BP below 180/110 and at or below 140/90, or falling: 150/95');
  // Never "ready to leave" while the BP is rising.
  await expect(page.getByText(/Ready to leave at/)).toHaveCount(0);
  client.close();
});
