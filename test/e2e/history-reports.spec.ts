// The records screens a clinic uses after the patients have gone home: History (searched by name,
// dates and protocol), the Spravato REMS forms due with their 7-day deadline as the days pass, and
// the chair-time report, and the list once the REMS module is turned off. The sessions are run through the API on the test clock, on two days; the
// screens are used as a nurse would.
import type { Page } from '@playwright/test';
import type { SessionView, StationSettingsView } from '../../shared/api/views';
import { expect, test } from './support/fixtures';
import { advanceClock, StationClient } from './support/station-api';
import { openStation, switchUser } from './support/nurse';
import { ADMIN } from './support/users';

const BY = 'Nora Nurse';
const DAY_MIN = 24 * 60;

interface Planned {
  clinicId: string;
  name: string;
  protocolId: 'spravato-56' | 'spravato-84';
  /** Minutes after the first device at which the clinician signs the discharge off. */
  dischargeAfterMin: number;
  /** The pre-discharge BP; one above the 40-minute reading leaves a criterion unmet (an override). */
  lastBp: { systolic: number; diastolic: number };
  override?: boolean;
}

const DEVICES: Record<Planned['protocolId'], number> = { 'spravato-56': 2, 'spravato-84': 3 };

/** The station-local date of an instant, as the screen's date fields take it. */
function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** How the report names a day, e.g. "Wed 26 Nov 2025". */
function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * Spravato sessions side by side, one per chair, from check-in to discharge: the baseline, the
 * devices 5 minutes apart from minute 0, the 40-minute check, the pre-discharge check at 110 and each
 * discharge at its own minute after a last BP, signed off by the clinician. Returns the check-in date.
 */
async function runSpravatoDay(client: StationClient, plans: Planned[], signOff: { userId: string; pin: string }): Promise<string> {
  const settings = (await client.request('settings.get', {})) as StationSettingsView;
  const advance = (minutes: number) => client.request('clock.advance', { minutes });
  const ids: string[] = [];
  let checkedInAt = '';
  for (const [i, plan] of plans.entries()) {
    const view = (await client.request('session.checkIn', {
      chairId: settings.chairs[i].id,
      patient: { clinicId: plan.clinicId, name: plan.name },
      protocolId: plan.protocolId,
      by: BY,
    })) as SessionView;
    ids.push(view.sessionId);
    checkedInAt = view.checkedInAt;
  }
  const each = async (step: (sessionId: string, plan: Planned) => Promise<unknown>) => {
    for (const [i, plan] of plans.entries()) await step(ids[i], plan);
  };
  const observe = (sessionId: string, values: object) => client.request('session.recordObservation', { sessionId, by: BY, ...values });

  await each((sessionId) => client.request('session.confirmPreDose', { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: BY }));
  await each((sessionId) => observe(sessionId, { bp: { systolic: 128, diastolic: 84, pulse: 72 }, spo2: 98, moaas: 5, dissociation: { global: 'none' } }));
  await advance(10);
  let minute = 0;
  for (let device = 1; device <= 3; device++) {
    if (device > 1) {
      await advance(5);
      minute += 5;
    }
    await each((sessionId, plan) => (device <= DEVICES[plan.protocolId] ? client.request('session.recordDevice', { sessionId, lot: 'LOT-31', by: BY }) : Promise.resolve()));
  }
  await advance(40 - minute);
  await each((sessionId) => observe(sessionId, { bp: { systolic: 146, diastolic: 92, pulse: 80 }, spo2: 97, moaas: 5, dissociation: { global: 'none' } }));
  await advance(70);
  await each((sessionId, plan) => observe(sessionId, { bp: { ...plan.lastBp, pulse: 72 }, spo2: 98, moaas: 5, dissociation: { global: 'none' } }));
  minute = 110;
  const byDischarge = plans.map((plan, i) => ({ plan, sessionId: ids[i] })).sort((a, b) => a.plan.dischargeAfterMin - b.plan.dischargeAfterMin);
  for (const { plan, sessionId } of byDischarge) {
    await advance(plan.dischargeAfterMin - minute);
    minute = plan.dischargeAfterMin;
    // Discharge asks for a BP from the last 15 minutes.
    await observe(sessionId, { bp: { ...plan.lastBp, pulse: 72 } });
    await client.request('session.discharge', {
      sessionId,
      signOff,
      ...(plan.override ? { override: { criteria: ['bp-safe'], reason: 'Usual BP for this patient; asymptomatic' } } : {}),
    });
  }
  return localDate(checkedInAt);
}

async function openDialog(page: Page, button: string, title: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('history is searched by name, dates and protocol; REMS forms count down to overdue; chair time shows the day', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  const { clinician } = station.users;
  const signOff = { userId: clinician.userId, pin: clinician.pin };
  let day1: string;
  let day2: string;
  try {
    // Day 1: three Spravato sessions discharged at 120, 125 (with an override) and 140 minutes.
    day1 = await runSpravatoDay(
      client,
      [
        { clinicId: 'P-7001', name: 'Maria Rossi', protocolId: 'spravato-56', dischargeAfterMin: 120, lastBp: { systolic: 132, diastolic: 84 } },
        { clinicId: 'P-7002', name: 'Tom Berg', protocolId: 'spravato-84', dischargeAfterMin: 125, lastBp: { systolic: 148, diastolic: 93 }, override: true },
        { clinicId: 'P-7003', name: 'Sam Ode', protocolId: 'spravato-56', dischargeAfterMin: 140, lastBp: { systolic: 130, diastolic: 80 } },
      ],
      signOff,
    );
    await client.request('clock.advance', { minutes: DAY_MIN });
    // Day 2: a patient not dosed today, and one Spravato session discharged just now.
    const settings = (await client.request('settings.get', {})) as StationSettingsView;
    const notDosed = (await client.request('session.checkIn', {
      chairId: settings.chairs[3].id,
      patient: { clinicId: 'P-7005', name: 'Kim Park' },
      protocolId: 'ketamine-im',
      by: BY,
    })) as SessionView;
    await client.request('session.cancel', { sessionId: notDosed.sessionId, reason: 'BP too high today', by: BY });
    day2 = await runSpravatoDay(
      client,
      [{ clinicId: 'P-7004', name: 'Luca Rossi', protocolId: 'spravato-56', dischargeAfterMin: 120, lastBp: { systolic: 130, diastolic: 82 } }],
      signOff,
    );
  } finally {
    client.close();
  }

  await openStation(page, station.url);

  // ---- History ----
  const history = await openDialog(page, 'History', 'History');
  const results = history.getByRole('table');
  const status = history.getByRole('status');
  await expect(results.getByRole('row')).toHaveCount(1 + 5);

  await history.getByLabel('Patient name').fill('rossi');
  await history.getByRole('button', { name: 'Search' }).click();
  await expect(status).toHaveText(/^2 closed sessions matching/);
  await expect(results.getByRole('row').filter({ hasText: 'Rossi' })).toHaveCount(2);
  await expect(results.getByRole('row').nth(1)).toContainText('P-7004 Luca Rossi');
  await expect(results.getByRole('row').nth(2)).toContainText('P-7001 Maria Rossi');

  await history.getByLabel('Patient name').fill('');
  await history.getByLabel('From', { exact: true }).fill(day1);
  await history.getByLabel('To', { exact: true }).fill(day1);
  await history.getByLabel('To', { exact: true }).press('Enter');
  await expect(status).toHaveText(/^3 closed sessions matching/);
  await expect(results.getByRole('row').filter({ hasText: /Maria Rossi|Tom Berg|Sam Ode/ })).toHaveCount(3);
  await expect(results.getByRole('row').filter({ hasText: 'Luca Rossi' })).toHaveCount(0);
  const tom = results.getByRole('row').filter({ hasText: 'Tom Berg' });
  await expect(tom).toContainText('DISCHARGED WITH OVERRIDE');
  await expect(tom).toContainText('Dr Clare Lin');
  await expect(results.getByRole('row').filter({ hasText: 'Sam Ode' })).toContainText('Discharged');

  // The core's refusal of a backwards range is shown at the form, and no stale rows pass for an answer.
  await history.getByLabel('From', { exact: true }).fill(day2);
  await history.getByRole('button', { name: 'Search' }).click();
  await expect(history.getByRole('alert')).toHaveText('From must be on or before To');
  await expect(history.getByRole('table')).toHaveCount(0);

  await history.getByLabel('From', { exact: true }).fill('');
  await history.getByLabel('To', { exact: true }).fill('');
  await history.getByLabel('Protocol').selectOption({ label: 'Spravato 84 mg' });
  await history.getByRole('button', { name: 'Search' }).click();
  await expect(status).toHaveText(/^1 closed session matching/);
  await expect(results.getByRole('row').nth(1)).toContainText('Tom Berg');

  await history.getByLabel('Protocol').selectOption({ label: 'Ketamine IM' });
  await history.getByLabel('Patient ID').fill('P-9999');
  await history.getByRole('button', { name: 'Search' }).click();
  await expect(status).toHaveText('No sessions match.');

  await history.getByLabel('Patient ID').fill('P-7005');
  await history.getByRole('button', { name: 'Search' }).click();
  await expect(results.getByRole('row').nth(1)).toContainText('Ended without dose');
  await expect(results.getByRole('row').nth(1)).toContainText('BP too high today');

  await history.getByRole('button', { name: 'Show all' }).click();
  await expect(results.getByRole('row')).toHaveCount(1 + 5);
  await history.getByRole('button', { name: /Open record of Maria Rossi \(P-7001\)/ }).click();
  await expect(history).toBeHidden();
  await expect(page.getByText(/Discharged by Dr Clare Lin at .* read-only record/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to board' }).click();

  // ---- REMS forms due: just discharged, 7 days left ----
  let formsDue = await openDialog(page, 'Forms due', 'REMS forms due');
  const luca = formsDue.getByRole('row').filter({ hasText: 'Luca Rossi' });
  await expect(luca).toContainText('7 days left');
  await expect(luca).toContainText('Spravato 56 mg');
  await expect(luca).toContainText('REMS facts');
  await expect(formsDue.getByRole('row').filter({ hasText: 'Maria Rossi' })).toContainText('6 days left');
  await expect(formsDue.getByRole('row').filter({ hasText: 'Tom Berg' })).toContainText('Spravato 84 mg');
  await formsDue.getByRole('button', { name: 'Close' }).click();

  // ---- Chair time: the day's medians, from the first device ----
  const chairTime = await openDialog(page, 'Chair time', 'Chair time');
  await expect(chairTime.getByText('Minutes from the first dose. Ready to leave: every criterion met but the 2-hour minimum.')).toBeVisible();
  const firstDay = chairTime.getByRole('row').filter({ has: page.getByRole('rowheader', { name: dayLabel(day1) }) });
  // Sessions; to ready to leave: median, p90 (the override never was ready); to discharge: median, p90.
  await expect(firstDay.getByRole('cell')).toHaveText(['3', '110', '110', '125', '140']);
  await chairTime.getByLabel('From', { exact: true }).fill(day2);
  await chairTime.getByLabel('To', { exact: true }).fill(day1);
  await chairTime.getByRole('button', { name: 'Show report' }).click();
  await expect(chairTime.getByRole('alert')).toHaveText('From must be on or before To');
  await chairTime.getByRole('button', { name: 'Close' }).click();

  // ---- Eight days later the newest form is overdue by a day, in words ----
  // The core counts a part day as a whole one, so exactly 8 days plus the seconds this test has taken
  // would already be a second day overdue: stop 10 minutes short of 8 days.
  for (let day = 0; day < 7; day++) await advanceClock(station.url, DAY_MIN);
  await advanceClock(station.url, DAY_MIN - 10);
  formsDue = await openDialog(page, 'Forms due', 'REMS forms due');
  await expect(formsDue.getByRole('row').filter({ hasText: 'Luca Rossi' })).toContainText('overdue by 1 day');
  await expect(formsDue.getByRole('row').filter({ hasText: 'Maria Rossi' })).toContainText(/overdue by \d+ days/);
  await formsDue.getByRole('button', { name: 'Close' }).click();

  // ---- With the REMS module turned off in Settings (by the admin), the list says why it is empty ----
  await switchUser(page, ADMIN);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const remsModule = settings.getByLabel('Spravato REMS facts and forms-due list');
  await expect(remsModule).toBeChecked();
  await remsModule.uncheck();
  await expect(settings.getByText('Turned off')).toBeVisible();
  await settings.getByRole('button', { name: 'Close' }).last().click();
  formsDue = await openDialog(page, 'Forms due', 'REMS forms due');
  await expect(formsDue.getByRole('status')).toHaveText('No REMS forms are due: the Spravato REMS module is off (Settings).');
});

