// Waits in the page for an alarm row to be drawn: shared by the alarm and device latency figures.
import type { Page } from '@playwright/test';

/** Runs in the page (kept as source text so nothing from this file's compilation leaks into it):
 *  resolves with the wall-clock time at which an alarm row with this text is on the page and painted. */
const WAIT_FOR_ALARM_IN_PAGE = `(wanted) => new Promise((done) => {
  const present = () => Array.from(document.querySelectorAll('[aria-label="Active alarms"] li'))
    .some((el) => (el.textContent || '').includes(wanted));
  const finish = () => requestAnimationFrame(() => done(Date.now()));
  if (present()) return finish();
  const observer = new MutationObserver(() => {
    if (present()) { observer.disconnect(); finish(); }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})`;

export function whenAlarmVisible(page: Page, text: string): Promise<number> {
  return page.evaluate(`(${WAIT_FOR_ALARM_IN_PAGE})(${JSON.stringify(text)})`) as Promise<number>;
}

/** Opens the board and waits for its first chair. */
export async function openBoard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('region', { name: 'Chair 1', exact: true }).waitFor();
}
