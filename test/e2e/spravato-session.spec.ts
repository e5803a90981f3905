// A whole Spravato 56 mg session through the screen, as a nurse and a clinician would run it,
// against the real headless station (core, SQLite file, WebSocket) in Chromium.
import { expect, test } from './support/fixtures';
import { advanceClock } from './support/station-api';
import { checkIn, openChair, openStation, recordCheck, signOff } from './support/nurse';

test('a Spravato 56 mg session from check-in to discharge, still there read-only after a restart', async ({ page, station }) => {
  await openStation(page, station.url);
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
  await signOff(ack, station.users.clinician.name, station.users.clinician.pin);
  await ack.getByRole('button', { name: 'Acknowledge elevated BP' }).click();
  await expect(page.getByText(/acknowledged by Dr Clare Lin/).first()).toBeVisible();

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
  await expect(page.getByText(/Device 2 given at/).first()).toBeVisible();

  // The 40-minute check, recorded at 40 minutes.
  await advanceClock(station.url, 35);
  await recordCheck(page, { systolic: '148', diastolic: '92', pulse: '80', spo2: '97', moaas: '4', dissociation: 'Mild' });
  await expect(page.getByRole('listitem').filter({ hasText: '40 min' }).filter({ hasText: /done/i }).first()).toBeVisible();

  // The pre-discharge check at 110 minutes.
  await advanceClock(station.url, 70);
  await recordCheck(page, { systolic: '132', diastolic: '84', pulse: '72', spo2: '98', moaas: '5', dissociation: 'None' });
  await expect(page.getByRole('listitem').filter({ hasText: 'Pre-discharge' }).filter({ hasText: /done/i }).first()).toBeVisible();

  // Discharge is refused at 119 minutes, with the reason, and allowed at 120.
  await advanceClock(station.url, 9);
  const discharge = page.getByRole('button', { name: 'Discharge patient' });
  await expect(discharge).toBeDisabled();
  await expect(page.getByText(/Minimum observation of 120 min over: 1 min left/).first()).toBeVisible();
  await advanceClock(station.url, 1);
  await expect(discharge).toBeEnabled();
  const { clinician } = station.users;
  await signOff(page.getByRole('form', { name: 'Discharge' }), clinician.name, clinician.pin);
  await discharge.click();
  await expect(page.getByText(/Discharged by Dr Clare Lin at .* read-only record/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save check' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to board' }).click();
  await expect(page.getByRole('region', { name: 'Chair 1' }).getByRole('button', { name: 'Check in' })).toBeVisible();

  // Restart the station as a crash would, then find the record again.
  await station.kill();
  await station.start();
  await openStation(page, station.url);
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: /Open record of M\. R\. \(P-1001\)/ }).click();
  await expect(page.getByText(/Discharged by Dr Clare Lin at .* read-only record/)).toBeVisible();
  await expect(page.getByText('LOT-2291').first()).toBeVisible();
  await expect(page.getByText(/152\/94/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save check' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark entered in error' })).toHaveCount(0);
});

test('the observation clock comes back with the right elapsed time after the station is killed', async ({ page, station }) => {
  await openStation(page, station.url);
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
  await openStation(page, station.url);
  const tile = page.getByRole('region', { name: 'Chair 2' });
  await expect(tile.getByText(/0:2\d:\d\d/).first()).toBeVisible();
  await expect(tile.getByText(/15 min check overdue|15 min.*overdue/i).first()).toBeVisible();
});

test('a clinician discharges with an unmet criterion only by naming it and giving a reason', async ({ page, station }) => {
  await openStation(page, station.url);
  await checkIn(page, 'Chair 3', 'P-3030', 'D. F.', 'Spravato 84 mg');
  await openChair(page, 'Chair 3');
  await page.getByLabel('Someone else will drive the patient home').check();
  await page.getByRole('button', { name: 'Save confirmations' }).click();
  await recordCheck(page, { systolic: '128', diastolic: '82', pulse: '70', spo2: '98', moaas: '5', dissociation: 'None' });
  await page.getByLabel('Lot number').fill('LOT-9');
  for (const n of [1, 2, 3]) {
    if (n > 1) await advanceClock(station.url, 5);
    await page.getByRole('button', { name: `Record device ${n} given` }).click();
    await expect(page.getByText(new RegExp(`Device ${n} given at`)).first()).toBeVisible();
  }
  await advanceClock(station.url, 30); // 40 min after the first device
  await recordCheck(page, { systolic: '146', diastolic: '92', pulse: '76', spo2: '97', moaas: '5', dissociation: 'None' });
  await advanceClock(station.url, 75);
  await recordCheck(page, { systolic: '148', diastolic: '93', pulse: '74', spo2: '98', moaas: '5', dissociation: 'None' });
  await advanceClock(station.url, 5);

  const criteria = page.getByRole('list', { name: 'Discharge criteria' });
  await expect(criteria.getByRole('listitem').filter({ hasText: 'Not met' })).toHaveCount(1);
  await expect(criteria.getByRole('listitem').filter({ hasText: 'Not met' })).toContainText('148/93 (before: 146/92)');
  await expect(page.getByRole('button', { name: 'Discharge patient' })).toBeDisabled();

  const override = page.getByRole('form', { name: 'Discharge with override' });
  await override.getByLabel('Reason for the override').fill('Usual BP for this patient; asymptomatic');
  await signOff(override, station.users.clinician.name, station.users.clinician.pin);
  await override.getByRole('button', { name: 'Discharge with override' }).click();
  await expect(override.getByText(/Name each criterion that is not met/).first()).toBeVisible();
  await override.getByLabel(/Latest BP below 180\/110/).check();
  await override.getByRole('button', { name: 'Discharge with override' }).click();
  await expect(page.getByText('DISCHARGED WITH OVERRIDE').first()).toBeVisible();
  await expect(page.getByText(/Usual BP for this patient; asymptomatic/).first()).toBeVisible();
});
