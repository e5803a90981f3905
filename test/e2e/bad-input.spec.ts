// Wrong values typed at the station get a clear message next to the field, and nothing is saved.
import { expect, test } from './support/fixtures';
import { checkIn, openChair, openStation, recordCheck } from './support/nurse';
import { CLINICIAN } from './support/users';

test('impossible readings are refused with a message and leave the record unchanged', async ({ page, station }) => {
  await openStation(page, station.url);
  await checkIn(page, 'Chair 1', 'P-5005', 'T. S.', 'Spravato 84 mg');
  await openChair(page, 'Chair 1');
  // One good reading first, so "nothing saved" can be seen as "still one entry".
  await recordCheck(page, { spo2: '98' });
  const entries = page.getByRole('button', { name: 'Mark entered in error' });
  await expect(entries).toHaveCount(1);

  const cases = [
    { values: { systolic: '300', diastolic: '20' }, message: 'Systolic and diastolic are more than 200 mmHg apart: not a possible reading' },
    { values: { systolic: '90', diastolic: '95' }, message: 'Systolic must be higher than diastolic' },
    { values: { systolic: '12O', diastolic: '80' }, message: 'Systolic must be a number' },
    { values: { spo2: '101' }, message: 'SpO2 must be between 50 and 100 %' },
  ];
  for (const { values, message } of cases) {
    await page.getByLabel('Systolic').fill('');
    await page.getByLabel('Diastolic').fill('');
    await page.getByLabel('SpO2', { exact: true }).fill('');
    await recordCheck(page, values);
    await expect(page.getByText(message).first()).toBeVisible();
    await expect(entries).toHaveCount(1);
  }
});

test('a second patient cannot be checked into a chair that was taken meanwhile', async ({ page, browser, station }) => {
  await openStation(page, station.url);
  // The nurse opens the check-in form for Chair 3 ...
  await page.getByRole('region', { name: 'Chair 3', exact: true }).getByRole('button', { name: 'Check in', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Patient ID').fill('P-7007');
  await dialog.getByLabel('Name or initials').fill('R. V.');
  await dialog.getByLabel('Protocol').selectOption({ label: 'Ketamine IM' });

  // ... while a colleague at a second screen checks another patient into it.
  const colleague = await browser.newPage();
  await openStation(colleague, station.url, CLINICIAN);
  await checkIn(colleague, 'Chair 3', 'P-6006', 'G. H.', 'Spravato 56 mg');
  await colleague.close();

  await dialog.getByRole('button', { name: 'Check in patient' }).click();
  await expect(dialog.getByText('Chair 3 is occupied by G. H.: discharge them first')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const tile = page.getByRole('region', { name: 'Chair 3', exact: true });
  await expect(tile.getByText('G. H.')).toBeVisible();
  await expect(tile.getByRole('button', { name: 'Check in', exact: true })).toHaveCount(0);
});

test('an entry marked entered in error stays in the record, struck through, with its reason', async ({ page, station }) => {
  await openStation(page, station.url);
  await checkIn(page, 'Chair 2', 'P-8008', 'W. E.', 'Ketamine IM');
  await openChair(page, 'Chair 2');
  await recordCheck(page, { systolic: '118', diastolic: '76', pulse: '64', spo2: '97' });
  await page.getByRole('button', { name: 'Mark entered in error' }).first().click();
  await page.getByLabel('Reason', { exact: true }).fill('Typed into the wrong chair');
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByText(/Entered in error: Typed into the wrong chair/)).toBeVisible();
  await expect(page.locator('s', { hasText: '118/76' })).toBeVisible();
  // The struck reading no longer counts as the baseline: the dose is blocked again.
  await expect(page.getByText('Record the pre-dose blood pressure').first()).toBeVisible();
});
