// The admin checks the audit trail from Settings: intact, then broken after someone edited the
// records file with a database tool, naming the first row that no longer follows.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './support/fixtures';
import { openStation } from './support/nurse';
import { ADMIN } from './support/users';

test('Settings shows whether the audit trail is intact and names the first row edited outside the station', async ({ page, station }) => {
  await openStation(page, station.url, ADMIN);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Audit trail' });
  await section.getByRole('button', { name: 'Check the audit trail' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Intact: all \d+ rows follow each other\.$/);

  const db = new Database(join(station.dataDir, 'station.sqlite'));
  db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user = 'Someone else' WHERE id = 2`);
  db.close();

  await section.getByRole('button', { name: 'Check the audit trail' }).click();
  await expect(section.getByRole('status')).toContainText('BROKEN at row 2');
  await expect(section.getByRole('status')).toContainText('its contents were changed after it was written');
});
