// Alarms through the screen: a crisis BP turns its chair's tile red and flashing and lists it in the
// room's alarm bar within a second; the sound starts (read from the page's audio state, not by ear);
// a named nurse acknowledges it; the sound is paused with a countdown and resumed; an overdue check
// becomes MEDIUM, then HIGH ten minutes later. Acknowledging, pausing and resuming are also done
// from the keyboard alone.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { advanceClock } from './support/station-api';
import { checkIn, openChair, openStation, recordCheck, signIn } from './support/nurse';
import { NURSE } from './support/users';

const html = (page: Page) => page.locator('html');

async function burstCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.alarmBursts ?? '0'));
}

/** Flash rate in Hz from the element's computed CSS animation (one on/off cycle per iteration). */
async function flash(locator: Locator): Promise<{ name: string; hz: number }> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const seconds = parseFloat(style.animationDuration) * (style.animationDuration.endsWith('ms') ? 0.001 : 1);
    return { name: style.animationName, hz: 1 / seconds };
  });
}

/** The border colours the element shows over `ms`: two when it flashes, one when it is steady. */
async function borderColours(locator: Locator, ms: number): Promise<string[]> {
  return locator.evaluate(
    (el, duration) =>
      new Promise<string[]>((done) => {
        const seen = new Set<string>();
        const started = performance.now();
        const sample = () => {
          seen.add(getComputedStyle(el).borderTopColor);
          if (performance.now() - started < duration) requestAnimationFrame(sample);
          else done([...seen]);
        };
        sample();
      }),
    ms,
  );
}

/** Presses Tab until `target` has focus: proof that it is reachable from the keyboard. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a crisis BP on Chair 2: red flashing tile and alarm bar within 1 s, sound, acknowledge, pause and resume', async ({ page, station }) => {
  // The room's board on one screen, a nurse recording at another.
  const board = page;
  await openStation(board, station.url);
  const nurse = await board.context().newPage();
  await openStation(nurse, station.url);
  await checkIn(nurse, 'Chair 2', 'P-3003', 'K. L.', 'Ketamine IM');
  await openChair(nurse, 'Chair 2');
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'off');
  const burstsBefore = await burstCount(board);

  await recordCheck(nurse, { systolic: '185', diastolic: '112', pulse: '88', spo2: '98', moaas: '5', dissociation: 'None' });
  const tile = board.getByRole('region', { name: 'Chair 2', exact: true });
  await expect(tile).toHaveClass(/tile--alarm-high/, { timeout: 1000 });
  const bar = board.getByRole('region', { name: 'Active alarms' });
  const row = bar.getByRole('listitem').filter({ hasText: /BP 185\/112/ });
  await expect(row).toBeVisible({ timeout: 1000 });

  // Red, flashing at 1.4-2.8 Hz, with the priority in words on the tile and in the bar.
  const tileFlash = await flash(tile);
  expect(tileFlash.name).toBe('alarm-high-border');
  expect(tileFlash.hz).toBeGreaterThanOrEqual(1.4);
  expect(tileFlash.hz).toBeLessThanOrEqual(2.8);
  expect((await flash(tile.locator('.tile-top'))).name).toBe('alarm-high-background');
  expect(await borderColours(tile, 700)).toHaveLength(2);
  await expect(tile.getByText('HIGH ALARM', { exact: true })).toBeVisible();
  await expect(row).toContainText('HIGH');
  await expect(row).toContainText(/Chair 2 · K\. L\.: BP 185\/112 at or above .*repeat the reading now/);
  await expect(row).toContainText(/raised \d\d:\d\d/);
  // The nurse's screen shows the bar too, over the session.
  await expect(nurse.getByRole('region', { name: 'Active alarms' }).getByText(/BP 185\/112/)).toBeVisible();

  // The sound starts.
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'high');
  await expect.poll(() => burstCount(board)).toBeGreaterThan(burstsBefore);

  // Pause the sound: the countdown and who paused it are on screen; resume it early.
  await board.getByRole('button', { name: 'Pause alarm sound (2 min)' }).click();
  const paused = board.getByText(/Alarm sound paused — (2:00|1:5\d) left \(by Nora Nurse\)/);
  await expect(paused).toBeVisible();
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'paused');
  await expect(html(nurse)).toHaveAttribute('data-alarm-sound', 'paused');
  await advanceClock(station.url, 1);
  await expect(board.getByText(/Alarm sound paused — (1:00|0:5\d) left/)).toBeVisible();
  const resume = board.getByRole('button', { name: 'Resume sound now' });
  await expect(resume).toBeFocused();
  const burstsPaused = await burstCount(board);
  await board.keyboard.press('Enter');
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'high');
  await expect.poll(() => burstCount(board)).toBeGreaterThan(burstsPaused);
  await expect(board.getByRole('button', { name: 'Pause alarm sound (2 min)' })).toBeFocused();

  // A pause runs out by itself and the sound comes back.
  await board.keyboard.press('Enter');
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'paused');
  await advanceClock(station.url, 2);
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'high');
  await expect(board.getByRole('button', { name: 'Pause alarm sound (2 min)' })).toBeVisible();

  // Nobody signed in at the screen: nothing is sent, and the screen says why.
  await nurse.getByRole('button', { name: 'Lock' }).click();
  await nurse.getByRole('region', { name: 'Active alarms' }).getByRole('button', { name: /^Acknowledge HIGH alarm/ }).click();
  await expect(nurse.getByText(/Sign in first/).first()).toBeVisible();
  await signIn(nurse, NURSE);

  // Acknowledge from the keyboard at the board.
  const acknowledge = row.getByRole('button', { name: /^Acknowledge HIGH alarm — Chair 2 · K\. L\.: BP 185\/112/ });
  await expect(acknowledge).toHaveText('Acknowledge');
  await board.getByRole('button', { name: 'Lock' }).focus();
  await tabTo(board, acknowledge);
  await board.keyboard.press('Enter');
  const acknowledged = row.getByText(/Acknowledged by Nora Nurse at \d\d:\d\d/);
  await expect(acknowledged).toBeVisible();
  await expect(acknowledged).toBeFocused();
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'off');
  // Still listed, still red on the tile, until the condition clears.
  await expect(tile).toHaveClass(/tile--alarm-high/);

  // The session's alarm history; a repeat reading lowers it, a second one clears it.
  const history = nurse.getByRole('region', { name: 'Alarm history' });
  const item = history.getByRole('listitem').filter({ hasText: /BP 185\/112/ });
  await expect(item).toContainText('HIGH');
  await expect(item).toContainText(/Raised \d\d:\d\d/);
  await expect(item).toContainText(/Acknowledged by Nora Nurse at \d\d:\d\d/);
  await expect(item).toContainText(/Active/i);
  await recordCheck(nurse, { systolic: '132', diastolic: '84', pulse: '80' });
  await expect(tile).toHaveClass(/tile--alarm-medium/);
  await recordCheck(nurse, { systolic: '128', diastolic: '80', pulse: '78' });
  await expect(bar).toHaveCount(0);
  await expect(tile).not.toHaveClass(/tile--alarm/);
  await expect(history.getByRole('listitem').first()).toContainText(/Resolved \d\d:\d\d/);
  await expect(html(board)).toHaveAttribute('data-alarm-sound', 'off');
  await nurse.close();
});

test('an overdue check raises a MEDIUM alarm after its grace, HIGH 10 minutes later; a late check clears it', async ({ page, station }) => {
  await openStation(page, station.url);
  await checkIn(page, 'Chair 3', 'P-4004', 'R. V.', 'Ketamine IM');
  await openChair(page, 'Chair 3');
  await recordCheck(page, { systolic: '124', diastolic: '80', pulse: '70', spo2: '99', moaas: '5', dissociation: 'None' });
  await page.getByLabel('Dose (mg)').fill('50');
  await page.getByLabel('Lot number').fill('K-77');
  await page.getByLabel('Injection site').fill('Left deltoid');
  await page.getByRole('button', { name: 'Record ketamine dose' }).click();
  await expect(page.getByText(/15 min check/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Back to board' }).click();
  const tile = page.getByRole('region', { name: 'Chair 3', exact: true });
  const bar = page.getByRole('region', { name: 'Active alarms' });
  const row = bar.getByRole('listitem').filter({ hasText: /15 min check overdue/ });

  // Due at 15 min, 5 min of grace: at 21 min it is a MEDIUM alarm, yellow, flashing at 0.4-0.8 Hz.
  await advanceClock(station.url, 21);
  await expect(row).toBeVisible();
  await expect(row).toContainText('MEDIUM');
  await expect(row).toContainText(/Chair 3 · R\. V\.: 15 min check overdue/);
  await expect(tile).toHaveClass(/tile--alarm-medium/);
  await expect(tile.getByText('MEDIUM ALARM', { exact: true })).toBeVisible();
  const medium = await flash(tile);
  expect(medium.name).toBe('alarm-medium-border');
  expect(medium.hz).toBeGreaterThanOrEqual(0.4);
  expect(medium.hz).toBeLessThanOrEqual(0.8);
  await expect(html(page)).toHaveAttribute('data-alarm-sound', 'medium');

  // Still not recorded 10 minutes later: HIGH.
  await advanceClock(station.url, 10);
  await expect(row).toContainText('HIGH');
  await expect(tile).toHaveClass(/tile--alarm-high/);
  await expect(html(page)).toHaveAttribute('data-alarm-sound', 'high');

  // The chair link in the bar opens the session; its alarm history acknowledges too.
  await row.getByRole('button', { name: /^Chair 3 · R\. V\.: show session/ }).click();
  await expect(page.getByRole('button', { name: 'Back to board' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Alarm history' });
  const item = history.getByRole('listitem').filter({ hasText: /15 min check overdue/ });
  await expect(item).toContainText('HIGH');
  await item.getByRole('button', { name: /^Acknowledge HIGH alarm/ }).click();
  await expect(item).toContainText(/Acknowledged by Nora Nurse at \d\d:\d\d/);
  await expect(row).toContainText(/Acknowledged by Nora Nurse/);
  await expect(html(page)).toHaveAttribute('data-alarm-sound', 'off');

  // The late check catches it up: the alarm clears and stays in the record.
  await recordCheck(page, { systolic: '126', diastolic: '82', pulse: '72', spo2: '98', moaas: '5', dissociation: 'None' });
  await expect(bar).toHaveCount(0);
  await expect(item).toContainText(/Resolved \d\d:\d\d/);
  await page.getByRole('button', { name: 'Back to board' }).click();
  await expect(tile).not.toHaveClass(/tile--alarm/);
});

/** Headless Chromium lets any page play sound. This makes a page's AudioContext behave as in a
 *  desktop browser's default autoplay policy: held 'suspended' until resumed after a user gesture. */
function holdSoundUntilUserGesture(): void {
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    private held = true;
    constructor(options?: AudioContextOptions) {
      super(options);
      void super.suspend();
    }
    override get state(): AudioContextState {
      return this.held ? 'suspended' : super.state;
    }
    override resume(): Promise<void> {
      if (!navigator.userActivation.isActive) return Promise.resolve();
      this.held = false;
      return super.resume();
    }
  };
}

test('where the browser holds sound back: a banner says so, and a click anywhere enables it', async ({ page, browser, station }) => {
  await openStation(page, station.url);
  await checkIn(page, 'Chair 1', 'P-5005', 'T. S.', 'Ketamine IM');
  await openChair(page, 'Chair 1');
  await recordCheck(page, { spo2: '89' });
  await expect(page.getByRole('region', { name: 'Active alarms' }).getByText(/SpO2 89%/)).toBeVisible();

  // A second screen, opened and never touched.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript(holdSoundUntilUserGesture);
    const kiosk = await context.newPage();
    await kiosk.goto(station.url);
    const banner = kiosk.getByRole('alert').filter({ hasText: 'Alarm sound is blocked by the browser — click anywhere to enable it' });
    await expect(banner).toBeVisible();
    await expect(html(kiosk)).toHaveAttribute('data-alarm-sound', 'blocked');
    expect(await burstCount(kiosk)).toBe(0);

    await kiosk.mouse.click(960, 900);
    await expect(banner).toBeHidden();
    await expect(html(kiosk)).toHaveAttribute('data-alarm-sound', 'high');
    await expect.poll(() => burstCount(kiosk)).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});

test('a screen that has lost the station sounds a technical alarm of its own', async ({ page, station }) => {
  await openStation(page, station.url);
  await expect(html(page)).toHaveAttribute('data-alarm-sound', 'off');
  await station.kill();
  await expect(page.getByText('Connection to the station lost — reconnecting…')).toBeVisible();
  // Not at once (a restart takes a moment), but within about ten seconds.
  await expect(page.getByText(/this screen has lost the station/)).toBeVisible({ timeout: 20_000 });
  await expect(html(page)).toHaveAttribute('data-alarm-sound', 'medium');
});
