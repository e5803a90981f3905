// The forms a nurse fills in on a session's screen besides the checks: the ketamine recovery score
// that gates an IV discharge, and, once a Spravato patient has gone home, the REMS facts, the form
// marked submitted, and an addendum. Sessions are set up through the API; the forms are used on screen.
import { expect, test } from './support/fixtures';
import { advanceClock, StationClient } from './support/station-api';
import { openChair, openStation } from './support/nurse';

const BY = 'Nora Nurse';
const normal = { spo2: 98, moaas: 5, dissociation: { global: 'none' } };

test('a ketamine IV discharge waits for a modified Aldrete of 9, scored on screen', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  const { sessionId } = (await client.request('session.checkIn', { chairId: 'chair-2', patient: { clinicId: 'K-22', name: 'J. K.' }, protocolId: 'ketamine-iv', by: BY })) as { sessionId: string };
  await client.request('session.confirmPreDose', { sessionId, transportHome: true, by: BY });
  await client.request('session.recordObservation', { sessionId, bp: { systolic: 122, diastolic: 78, pulse: 66 }, ...normal, by: BY });
  await client.request('session.recordKetamineDose', { sessionId, mg: 35, lot: 'K1', rate: '40 min', by: BY });
  await advanceClock(station.url, 40);
  await client.request('session.recordInfusionEnd', { sessionId, by: BY });
  client.close();

  await openStation(page, station.url);
  await openChair(page, 'Chair 2');
  const criterion = page.getByRole('list', { name: 'Discharge criteria' }).getByRole('listitem').filter({ hasText: 'Modified Aldrete score 9 or more' });
  await expect(criterion).toContainText('no Modified Aldrete score recorded');

  const form = page.getByRole('form', { name: 'Modified Aldrete score' });
  await form.getByRole('button', { name: 'Save Modified Aldrete score' }).click();
  await expect(form.getByText('Score every component: Activity is missing')).toBeVisible();
  for (const [part, value] of [['Activity', 2], ['Respiration', 2], ['Circulation', 2], ['Consciousness', 1], ['Oxygen saturation', 2]] as const) {
    await form.getByRole('group', { name: part }).getByRole('radio', { name: new RegExp(`^${value} —`) }).check();
  }
  await form.getByRole('button', { name: 'Save Modified Aldrete score' }).click();
  await expect(page.getByText(/^Latest: 9 of 10 at \d\d:\d\d by Nora Nurse\./)).toBeVisible();
  await expect(criterion).toContainText('Met');
  await expect(criterion).toContainText(/9 of 10 at/);
});

test('after a Spravato discharge: REMS facts, the form marked submitted, and an addendum', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  const { sessionId } = (await client.request('session.checkIn', { chairId: 'chair-1', patient: { clinicId: 'P-5050', name: 'T. U.' }, protocolId: 'spravato-56', by: BY })) as { sessionId: string };
  await client.request('session.confirmPreDose', { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: BY });
  await client.request('session.recordObservation', { sessionId, bp: { systolic: 126, diastolic: 80, pulse: 70 }, ...normal, by: BY });
  await client.request('session.recordDevice', { sessionId, lot: 'LOT-5', by: BY });
  await advanceClock(station.url, 5);
  await client.request('session.recordDevice', { sessionId, lot: 'LOT-5', by: BY });
  await advanceClock(station.url, 35);
  await client.request('session.recordObservation', { sessionId, bp: { systolic: 138, diastolic: 86, pulse: 76 }, ...normal, by: BY });
  await advanceClock(station.url, 70);
  await client.request('session.recordObservation', { sessionId, bp: { systolic: 128, diastolic: 82, pulse: 72 }, ...normal, by: BY });
  await advanceClock(station.url, 10);
  await client.request('session.discharge', { sessionId, signOff: { userId: station.users.clinician.userId, pin: station.users.clinician.pin } });
  client.close();

  await openStation(page, station.url);
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: /^Open record of T\. U\. \(P-5050\)/ }).click();

  const rems = page.getByRole('region', { name: 'REMS monitoring facts' });
  await expect(rems).toContainText('56 mg, lot LOT-5');
  await expect(rems).toContainText(/Monitoring form due .*: 7 days left\./);
  const facts = rems.getByRole('form', { name: 'REMS facts' });
  await facts.getByRole('group', { name: 'First treatment' }).getByRole('radio', { name: 'No' }).check();
  await facts.getByRole('group', { name: 'Enrolled in the REMS' }).getByRole('radio', { name: 'Yes' }).check();
  await facts.getByLabel('Benzodiazepines').check();
  await facts.getByLabel('Monitoring professional').fill('Nora Nurse, RN');
  await facts.getByRole('button', { name: 'Save REMS facts' }).click();
  await expect(facts.getByRole('button', { name: 'Update REMS facts' })).toBeVisible();

  const submission = rems.getByRole('form', { name: 'REMS form submission' });
  await submission.getByLabel('Submission reference').fill('R-42');
  await submission.getByRole('button', { name: 'Mark form submitted' }).click();
  await expect(rems).toContainText(/Form submitted .* by Nora Nurse, reference R-42\./);

  await page.getByRole('textbox', { name: 'Addendum' }).fill('Patient phoned: home safely');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  const record = page.getByRole('region', { name: 'Record' });
  await expect(record.getByText('Addendum: Patient phoned: home safely')).toBeVisible();
  await expect(record.getByText(/REMS facts — first treatment: no · REMS-enrolled: yes · concomitant medicines: Benzodiazepines/)).toBeVisible();
  // Still read-only: no check can be recorded on a discharged session.
  await expect(page.getByRole('button', { name: 'Save check' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to board' }).click();
  await page.getByRole('button', { name: 'Forms due' }).click();
  await expect(page.getByRole('dialog', { name: 'REMS forms due' }).getByRole('status')).toHaveText(/No REMS forms are due/);
});
