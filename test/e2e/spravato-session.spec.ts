// A whole Spravato 56 mg session through the screen, as a nurse and a clinician would run it,
// against the real headless station (core, SQLite file, WebSocket) in Chromium.
import { expect, test, type Page } from '@playwright/test';
import { advanceClock } from './support/station-api';
import { StationProcess } from './support/station-process';

let station: StationProcess;

test.beforeEach(async () => {
  station = new StationProcess();
  await station.start();
});

test.afterEach(async () => {
  await station.dispose();
});

async function openStation(page: Page, name = 'Nurse Ana') {
  await page.goto(station.url);
  await page.getByLabel('Your name').fill(name);
  await expect(page.getByRole('region', { name: 'Chair 1' })).toBeVisible();
}

async function checkIn(page: Page, chair: string, clinicId: string, patientName: string, protocol: string) {
  await page.getByRole('region', { name: chair }).getByRole('button', { name: 'Check in' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Patient ID').fill(clinicId);
  await dialog.getByLabel('Name or initials').fill(patientName);
  await dialog.getByLabel('Protocol').selectOption({ label: protocol });
  await dialog.getByRole('button', { name: 'Check in patient' }).click();
  await expect(dialog).toBeHidden();
}

async function openChair(page: Page, chair: string) {
  const back = page.getByRole('button', { name: 'Back to board' });
  if (await back.isVisible()) return;
  await page.getByRole('button', { name: `Open ${chair}` }).click();
  await expect(back).toBeVisible();
}

async function recordCheck(page: Page, values: { systolic?: string; diastolic?: string; pulse?: string; spo2?: string; moaas?: string; dissociation?: string }) {
  const form = page.getByRole('form', { name: /check|Baseline/i }).first();
  if (values.systolic !== undefined) await form.getByLabel('Systolic').fill(values.systolic);
  if (values.diastolic !== undefined) await form.getByLabel('Diastolic').fill(values.diastolic);
  if (values.pulse !== undefined) await form.getByLabel('Pulse').fill(values.pulse);
  if (values.spo2 !== undefined) await form.getByLabel('SpO2').fill(values.spo2);
  if (values.moaas !== undefined) await form.getByRole('radio', { name: new RegExp(`^${values.moaas}\\b`) }).check();
  if (values.dissociation !== undefined) await form.getByRole('radio', { name: values.dissociation, exact: true }).check();
  await form.getByRole('button', { name: 'Save check' }).click();
}

test('a Spravato 56 mg session from check-in to discharge, still there read-only after a restart', async ({ page }) => {
  await openStation(page);
  await checkIn(page, 'Chair 1', 'P-1001', 'M. R.', 'Spravato 56 mg');
  await openChair(page, 'Chair 1');

  // Nothing can be dosed before the pre-dose conditions are met.
  const recordDevice = page.getByRole('button', { name: 'Record device 1 given' });
  await expect(recordDevice).toBeDisabled();
  await expect(page.getByText('Confirm that someone else will drive the patient home').first()).toBeVisible();

  await page.getByLabel('Someone else will drive the patient home').check();
  await page.getByLabel(/Fasting/).check();
  await page.getByLabel(/Nasal steroid or decongestant/).check();
  await page.getByRole('button', { name: 'Save confirmations' }).click();

  // An elevated baseline is shown as such and needs a clinician's acknowledgment.
  await recordCheck(page, { systolic: '152', diastolic: '94', pulse: '76', spo2: '98', moaas: '5', dissociation: 'None' });
  await expect(page.getByText('Above pre-dose limit 140/90').first()).toBeVisible();
  await expect(recordDevice).toBeDisabled();
  const ack = page.locator('form').filter({ has: page.getByRole('button', { name: 'Acknowledge elevated BP' }) });
  await ack.getByLabel('Clinician name').fill('Dr Ode');
  await ack.getByRole('button', { name: 'Acknowledge elevated BP' }).click();
  await expect(page.getByText(/acknowledged by Dr Ode/).first()).toBeVisible();

  await page.getByLabel('Lot number').fill('LOT-2291');
  await expect(recordDevice).toBeEnabled();
  await recordDevice.click();

  // The 5-minute rest before the second device is counted down and enforced.
  const recordSecond = page.getByRole('button', { name: 'Record device 2 given' });
  await expect(recordSecond).toBeDisabled();
  await expect(page.getByText(/before device 2/).first()).toBeVisible();
  await advanceClock(station.url, 5);
  await expect(recordSecond).toBeEnabled();
  await expect(page.getByLabel('Lot number')).toHaveValue('LOT-2291');
  await recordSecond.click();
  await expect(page.getByText('Device 2').first()).toBeVisible();

  // The 40-minute check, recorded at 40 minutes.
  await advanceClock(station.url, 35);
  await recordCheck(page, { systolic: '148', diastolic: '92', pulse: '80', spo2: '97', moaas: '4', dissociation: 'Mild' });
  await expect(page.getByRole('listitem').filter({ hasText: '40 min' }).filter({ hasText: /done/i }).first()).toBeVisible();

  // Discharge is refused at 119 minutes, with the reason, and allowed at 120.
  await advanceClock(station.url, 79);
  const discharge = page.getByRole('button', { name: 'Discharge patient' });
  await expect(discharge).toBeDisabled();
  await expect(page.getByText('The minimum observation is not over: 1 min left')).toBeVisible();
  await advanceClock(station.url, 1);
  await expect(discharge).toBeEnabled();
  await page.getByRole('form', { name: 'Discharge' }).getByLabel('Clinician name').fill('Dr Ode');
  await discharge.click();
  await expect(page.getByText(/Discharged by Dr Ode at .* read-only record/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save check' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to board' }).click();
  await expect(page.getByRole('region', { name: 'Chair 1' }).getByRole('button', { name: 'Check in' })).toBeVisible();

  // Restart the station as a crash would, then find the record again.
  await station.kill();
  await station.start();
  await openStation(page);
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: /Open record of M\. R\. \(P-1001\)/ }).click();
  await expect(page.getByText(/Discharged by Dr Ode at .* read-only record/)).toBeVisible();
  await expect(page.getByText('LOT-2291').first()).toBeVisible();
  await expect(page.getByText(/152\/94/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save check' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark entered in error' })).toHaveCount(0);
});

test('the observation clock comes back with the right elapsed time after the station is killed', async ({ page }) => {
  await openStation(page);
  await checkIn(page, 'Chair 2', 'P-2002', 'K. L.', 'Ketamine IM');
  await openChair(page, 'Chair 2');
  await recordCheck(page, { systolic: '124', diastolic: '80', pulse: '70', spo2: '99', moaas: '5', dissociation: 'None' });
  await page.getByLabel('Dose (mg)').fill('50');
  await page.getByLabel('Lot number').fill('K-77');
  await page.getByLabel('Injection site').fill('Left deltoid');
  await page.getByRole('button', { name: 'Record ketamine dose' }).click();
  await advanceClock(station.url, 20);
  await station.kill();

  // The test clock restarts with the server; the dose was 20 minutes "ago" only on the old clock,
  // so move the new one forward the same way before looking.
  await station.start();
  await advanceClock(station.url, 20);
  await openStation(page);
  const tile = page.getByRole('region', { name: 'Chair 2' });
  await expect(tile.getByText(/0:2\d:\d\d/).first()).toBeVisible();
  await expect(tile.getByText(/15 min check overdue|15 min.*overdue/i).first()).toBeVisible();
});
