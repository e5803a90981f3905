// The admin's screens in Settings: a protocol edited while a session runs on it (the session keeps its
// version, new check-ins get the new one), a rule broken in the editor refused at its field, and a
// settings file carried to the station: a broken one refused whole, a good one applied and reported.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { ProtocolAdminView, SessionView, SettingsImportReport, StationSettingsView } from '../../shared/api/views';
import { expect, test } from './support/fixtures';
import { checkIn, openChair, openStation } from './support/nurse';
import { StationClient } from './support/station-api';
import { ADMIN } from './support/users';

const NURSE = 'Nora Nurse';

async function openSettingsSection(page: Page, section: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('navigation', { name: 'Settings sections' }).getByRole('button', { name: section, exact: true }).click();
  return dialog;
}

async function latest(client: StationClient, protocolId: string): Promise<ProtocolAdminView> {
  const all = (await client.request('protocols.all', {})) as ProtocolAdminView[];
  const found = all.find((p) => p.protocol.id === protocolId);
  if (!found) throw new Error(`No protocol ${protocolId}`);
  return found;
}

test('a protocol edited during a session: the session keeps version 1, a new check-in gets version 2', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  try {
    // A Spravato 56 mg session on version 1, dosed, so its observation clock runs.
    const settings = (await client.request('settings.get', {})) as StationSettingsView;
    const started = (await client.request('session.checkIn', {
      chairId: settings.chairs[0].id,
      patient: { clinicId: 'P-7001', name: 'A. B.' },
      protocolId: 'spravato-56',
      by: NURSE,
    })) as SessionView;
    expect(started.protocol.version).toBe(1);
    const sessionId = started.sessionId;
    await client.request('session.confirmPreDose', { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: NURSE });
    await client.request('session.recordObservation', { sessionId, bp: { systolic: 126, diastolic: 80, pulse: 70 }, spo2: 98, moaas: 5, dissociation: { global: 'none' }, by: NURSE });
    await client.request('session.recordDevice', { sessionId, lot: 'LOT-1', by: NURSE });

    // The admin makes the minimum observation 150 minutes.
    await openStation(page, station.url, ADMIN);
    const dialog = await openSettingsSection(page, 'Protocols');
    const row = dialog.getByRole('list', { name: 'Protocols' }).getByRole('listitem').filter({ hasText: 'Spravato 56 mg' });
    await expect(row).toContainText('Version 1 · saved');
    await row.getByRole('button', { name: 'Edit Spravato 56 mg' }).click();
    const editor = dialog.getByRole('form', { name: 'Edit Spravato 56 mg' });
    await expect(editor).toContainText('Version 1 · saved');
    await expect(editor.getByLabel('Minimum observation')).toHaveValue('120');
    await editor.getByLabel('Minimum observation').fill('150');
    await editor.getByRole('button', { name: 'Save protocol' }).click();
    await expect(editor.getByText('Saved as version 2')).toBeVisible();
    await expect(editor).toContainText('Version 2 · saved');
    await expect(editor).toContainText('by Ada Admin');
    await expect(editor.getByLabel('Minimum observation')).toHaveValue('150');
    await editor.getByRole('button', { name: 'Back to protocols' }).click();
    await expect(row).toContainText('v2');
    await expect(row).toContainText('minimum 150 min');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The running session is unchanged: version 1, 120 minutes.
    await openChair(page, 'Chair 1');
    await expect(page.locator('.session-meta')).toContainText('Spravato 56 mg · v1');
    await expect(page.getByText('Minimum observation of 120 min over', { exact: true })).toBeVisible();
    const running = (await client.request('session.get', { sessionId })) as SessionView;
    expect(running.protocol.version).toBe(1);
    expect(running.protocol.minimumObservationMin).toBe(120);
    await page.getByRole('button', { name: 'Back to board' }).click();

    // A patient checked in now is on version 2.
    await checkIn(page, 'Chair 2', 'P-7002', 'C. D.', 'Spravato 56 mg');
    await openChair(page, 'Chair 2');
    await expect(page.locator('.session-meta')).toContainText('Spravato 56 mg · v2');
    const board = (await client.request('board.get', {})) as { chairs: Array<{ chairName: string; session: { sessionId: string } | null }> };
    const secondId = board.chairs.find((c) => c.chairName === 'Chair 2')!.session!.sessionId;
    const second = (await client.request('session.get', { sessionId: secondId })) as SessionView;
    expect(second.protocol.version).toBe(2);
    expect(second.protocol.minimumObservationMin).toBe(150);
  } finally {
    client.close();
  }
});

test('a crisis limit below the post-dose limit is refused at its field and nothing is saved', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  try {
    await openStation(page, station.url, ADMIN);
    const dialog = await openSettingsSection(page, 'Protocols');
    await dialog.getByRole('button', { name: 'Edit Spravato 56 mg' }).click();
    const editor = dialog.getByRole('form', { name: 'Edit Spravato 56 mg' });
    const crisis = editor.getByRole('group', { name: 'Crisis limit' });
    await crisis.getByLabel('Systolic').fill('150');
    await editor.getByRole('button', { name: 'Save protocol' }).click();

    await expect(crisis.getByText('The crisis limit (150/110) must be above the post-dose limit (160/100)')).toBeVisible();
    await expect(crisis.getByLabel('Systolic')).toHaveAttribute('aria-invalid', 'true');
    await expect(crisis.getByLabel('Systolic')).toBeFocused();
    await expect(editor.getByRole('alert')).toHaveText('Not saved: check Crisis limit.');
    // The other limits are not marked.
    await expect(editor.getByRole('group', { name: 'Post-dose limit' }).getByLabel('Systolic')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(editor).toContainText('Version 1 · saved');

    const stored = await latest(client, 'spravato-56');
    expect(stored.protocol.version).toBe(1);
    expect(stored.protocol.limits.crisisBp).toEqual({ systolic: 180, diastolic: 110 });

    // Leaving with the change unsaved asks first.
    await editor.getByRole('button', { name: 'Back to protocols' }).click();
    await editor.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog.getByRole('list', { name: 'Protocols' })).toBeVisible();
  } finally {
    client.close();
  }
});

test('a broken settings file is refused whole; a good exported file is applied and reported', async ({ page, station }) => {
  const client = await StationClient.connect(station.url);
  try {
    await openStation(page, station.url, ADMIN);
    const dialog = await openSettingsSection(page, 'Transfer');
    const transfer = dialog.getByRole('region', { name: 'Transfer' });

    // Export, as the admin would to carry the file to another station.
    const downloading = page.waitForEvent('download');
    await transfer.getByRole('button', { name: 'Export settings' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^observation-station-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      station: { chairs: Array<{ id: string; name: string }>; preferences: { clockFormat: string } };
      protocols: Array<{ protocol: { id: string; name: string; minimumObservationMin: number; graceMin: number; limits: { crisisBp: { systolic: number }; spo2Medium: number } } }>;
    };
    const protocol = (id: string) => exported.protocols.find((p) => p.protocol.id === id)!.protocol;
    const before = {
      settings: (await client.request('settings.get', {})) as StationSettingsView,
      protocols: (await client.request('protocols.all', {})) as ProtocolAdminView[],
    };

    // A file broken in two places: both are named, and nothing changes.
    const broken = structuredClone(exported);
    broken.station.chairs[0].name = 'Never applied';
    broken.protocols.find((p) => p.protocol.id === 'spravato-56')!.protocol.limits.crisisBp.systolic = 150;
    broken.protocols.find((p) => p.protocol.id === 'ketamine-iv')!.protocol.limits.spo2Medium = 90;
    const form = transfer.getByRole('form', { name: 'Import settings' });
    await form.getByLabel('Settings file').setInputFiles({ name: 'broken-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await form.getByRole('button', { name: 'Import settings' }).click();
    const refusal = form.getByRole('alert');
    await expect(refusal).toContainText('broken-settings.json: The settings file was not imported, nothing was changed');
    await expect(refusal.getByRole('listitem')).toHaveText([
      /Spravato 56 mg: The crisis limit \(150\/110\) must be above the post-dose limit \(160\/100\)/,
      /Ketamine IV: The SpO2 warning level \(90%\) must be above the danger level \(92%\)/,
    ]);
    expect(await client.request('settings.get', {})).toEqual(before.settings);
    expect(await client.request('protocols.all', {})).toEqual(before.protocols);

    // Not a settings file at all.
    await form.getByLabel('Settings file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('chairs: 4') });
    await form.getByRole('button', { name: 'Import settings' }).click();
    await expect(form.getByRole('alert')).toContainText('The settings file is not readable JSON: nothing was changed');

    // The exported file, with a chair renamed, two protocols changed and a 12-hour clock.
    const good = structuredClone(exported);
    good.station.chairs[0].name = 'Window chair';
    good.station.preferences.clockFormat = '12h';
    good.protocols.find((p) => p.protocol.id === 'spravato-84')!.protocol.minimumObservationMin = 135;
    good.protocols.find((p) => p.protocol.id === 'ketamine-im')!.protocol.graceMin = 10;
    expect(protocol('spravato-84').minimumObservationMin).toBe(120);
    await form.getByLabel('Settings file').setInputFiles({ name: 'clinic-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await form.getByRole('button', { name: 'Import settings' }).click();
    const report = form.getByRole('status').filter({ hasText: 'Imported clinic-settings.json' });
    await expect(report).toContainText('2 protocols updated: Spravato 84 mg, Ketamine IM.');
    await expect(report).toContainText('Window chair');
    await expect(form.getByRole('alert')).toHaveCount(0);

    const after = (await client.request('protocols.all', {})) as ProtocolAdminView[];
    expect(after.find((p) => p.protocol.id === 'spravato-84')!.protocol).toMatchObject({ version: 2, minimumObservationMin: 135 });
    expect(after.find((p) => p.protocol.id === 'spravato-56')!.protocol.version).toBe(1);
    // The protocol list in the same dialog shows the new version.
    await expect(dialog.getByRole('list', { name: 'Protocols' }).getByRole('listitem').filter({ hasText: 'Spravato 84 mg' })).toContainText('Version 2 · saved');

    // The screen follows the imported preferences at once: the chair's new name and a 12-hour clock.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('region', { name: 'Window chair' })).toBeVisible();
    await expect(page.getByText(/^\d{1,2}:\d{2}:\d{2} (AM|PM)$/)).toBeVisible();
    const imported = (await client.request('settings.get', {})) as SettingsImportReport['settings'];
    expect(imported.preferences.clockFormat).toBe('12h');
  } finally {
    client.close();
  }
});
