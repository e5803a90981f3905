// Users at the screen: a fresh station is set up by making its first admin, who then adds a
// clinician; at discharge only a clinician's own PIN signs off, and a refusal says why.
import { expect, test } from './support/fixtures';
import { advanceClock, stationRequest } from './support/station-api';
import { checkIn, openChair, openStation, recordCheck, signIn, signOff } from './support/nurse';
import { ADMIN } from './support/users';

test.describe('a station started for the first time', () => {
  test.use({ setUpUsers: false });

  test('shows the setup screen until the first admin is made, then the board', async ({ page, station }) => {
    await page.goto(station.url);
    const setup = page.getByRole('form', { name: 'Set up this station' });
    await expect(setup).toBeVisible();
    await expect(page.getByRole('region', { name: 'Chair 1' })).toHaveCount(0);

    await setup.getByLabel('Admin name').fill('Ada Admin');
    await setup.getByLabel('PIN', { exact: true }).fill('9999');
    await setup.getByLabel('Repeat PIN').fill('9998');
    await setup.getByRole('button', { name: 'Set up station' }).click();
    await expect(setup.getByText('Type the same PIN again')).toBeVisible();

    await setup.getByLabel('Repeat PIN').fill('9999');
    await setup.getByRole('button', { name: 'Set up station' }).click();
    await expect(page.getByRole('region', { name: 'Chair 1' })).toBeVisible();
    await expect(setup).toHaveCount(0);

    // Setup happens once: the core refuses it now, whatever a screen sends.
    await expect(stationRequest(station.url, 'users.setUp', { name: 'Mallory', pin: '1111' })).rejects.toThrow(/already set up/);

    // The admin adds a clinician in Settings, confirming with their own PIN.
    await signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Settings' }).click();
    const users = page.getByRole('list', { name: 'Users' });
    await expect(users.getByRole('listitem')).toHaveText([/Ada Admin\s*Admin/]);
    await page.getByRole('button', { name: 'Add user' }).click();
    const form = page.getByRole('form', { name: 'Add user' });
    await form.getByLabel('Name', { exact: true }).fill('Dr Clare Lin');
    await form.getByLabel('Role').selectOption({ label: 'Clinician' });
    await form.getByLabel('PIN', { exact: true }).fill('2468');
    await form.getByLabel('Repeat PIN').fill('2468');
    await form.getByLabel('Admin', { exact: true }).selectOption({ label: 'Ada Admin' });
    await form.getByLabel('Admin PIN').fill('1234');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('Wrong PIN for Ada Admin: 4 tries left')).toBeVisible();
    await form.getByLabel('Admin PIN').fill('9999');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form).toHaveCount(0);
    await expect(users.getByRole('listitem')).toHaveText([/Ada Admin\s*Admin/, /Dr Clare Lin\s*Clinician/]);
  });
});

/** A Spravato 56 mg patient in Chair 4 whose every discharge criterion is met, at 120 minutes. */
async function readyForDischarge(page: import('@playwright/test').Page, url: string) {
  await openStation(page, url);
  await checkIn(page, 'Chair 4', 'P-4004', 'S. T.', 'Spravato 56 mg');
  await openChair(page, 'Chair 4');
  await page.getByLabel('Someone else will drive the patient home').check();
  await page.getByRole('button', { name: 'Save confirmations' }).click();
  await recordCheck(page, { systolic: '126', diastolic: '80', pulse: '70', spo2: '98', moaas: '5', dissociation: 'None' });
  await page.getByLabel('Lot number').fill('LOT-44');
  await page.getByRole('button', { name: 'Record device 1 given' }).click();
  await advanceClock(url, 5);
  await page.getByRole('button', { name: 'Record device 2 given' }).click();
  await expect(page.getByText(/Device 2 given at/).first()).toBeVisible();
  await advanceClock(url, 35);
  await recordCheck(page, { systolic: '130', diastolic: '82', pulse: '72', spo2: '97', moaas: '5', dissociation: 'None' });
  await advanceClock(url, 75);
  await recordCheck(page, { systolic: '124', diastolic: '80', pulse: '70', spo2: '98', moaas: '5', dissociation: 'None' });
  await advanceClock(url, 5);
  await expect(page.getByRole('button', { name: 'Discharge patient' })).toBeEnabled();
}

test('only a clinician\'s own PIN signs a discharge off; a nurse\'s PIN is refused with the reason', async ({ page, station }) => {
  const { clinician, nurse } = station.users;
  await readyForDischarge(page, station.url);
  const form = page.getByRole('form', { name: 'Discharge', exact: true });

  // Only clinicians are offered.
  const names = form.getByLabel('Clinician', { exact: true }).locator('option');
  await expect(names).toHaveText(['Choose your name', 'Dr Clare Lin']);

  // The nurse picks the clinician's name but can only type her own PIN.
  await signOff(form, clinician.name, nurse.pin);
  await page.getByRole('button', { name: 'Discharge patient' }).click();
  await expect(form.getByText('Wrong PIN for Dr Clare Lin: 4 tries left')).toBeVisible();
  await expect(form.getByLabel('PIN', { exact: true })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Save check' })).toBeVisible();

  // The screen offers only clinicians, but the core is what refuses: the nurse's own account and PIN,
  // sent straight to the station, are turned down by role.
  const sessionId = await sessionIdOfChair(station.url, 'Chair 4');
  await expect(
    stationRequest(station.url, 'session.discharge', { sessionId, signOff: { userId: nurse.userId, pin: nurse.pin } }),
  ).rejects.toThrow('Only a clinician can sign off a discharge; Nora Nurse is a nurse');

  await signOff(form, clinician.name, clinician.pin);
  await page.getByRole('button', { name: 'Discharge patient' }).click();
  await expect(page.getByText(/Discharged by Dr Clare Lin at .* read-only record/)).toBeVisible();
});

async function sessionIdOfChair(url: string, chairName: string): Promise<string> {
  const board = (await stationRequest(url, 'board.get', {})) as { chairs: Array<{ chairName: string; session: { sessionId: string } | null }> };
  const session = board.chairs.find((c) => c.chairName === chairName)?.session;
  if (!session) throw new Error(`${chairName} has no session`);
  return session.sessionId;
}
