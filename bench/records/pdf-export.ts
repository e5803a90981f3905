// records.export_pdf: one old session's paper record, as the station prints it in serve mode: the
// built screen opened at #print/<sessionId> in Chromium on the served station, until the page says
// it is complete (body[data-print-ready=true]), then printed to an A4 PDF.
import type { Browser, Page } from '@playwright/test';
import { StationProcess } from '../../test/e2e/support/station-process';
import { launchChromium, STATION_VIEWPORT } from '../support/chromium';
import { timeOnce } from '../support/stats';

export interface PdfExports {
  /** Milliseconds of each print that completed. */
  samples: number[];
  /** What the page said for each one that could not load its record (print-ready 'failed'). */
  failures: string[];
}

type PrintOutcome = { ms: number } | { failure: string };

/** How long a print may take before it counts as one that never completed. */
const PRINT_WAIT_MS = 60_000;

/** What the page shows and where it stands, for a print that failed or never completed. */
async function pageState(page: Page): Promise<string> {
  const state = (await page.evaluate(`({
    printReady: document.body.dataset.printReady ?? '(not set)',
    fonts: document.fonts.status,
    text: document.body.innerText.replace(/\\s+/g, ' ').slice(0, 200),
  })`)) as { printReady: string; fonts: string; text: string };
  return `print-ready ${state.printReady}, fonts ${state.fonts}, page: ${state.text || '(empty)'}`;
}

async function printOnce(browser: Browser, url: string, sessionId: string): Promise<PrintOutcome> {
  // A new page each time, as the desktop app opens a window per print: a hash change alone would
  // not load the record again.
  const page = await browser.newPage({ viewport: STATION_VIEWPORT });
  try {
    let failure: string | null = null;
    const ms = await timeOnce(async () => {
      await page.goto(`${url}#print/${sessionId}`);
      // 'failed' when the screen could not get the record from the station in time.
      const settled = await page
        .locator('body[data-print-ready]')
        .waitFor({ state: 'attached', timeout: PRINT_WAIT_MS })
        .then(() => true, () => false);
      if (!settled || (await page.locator('body').getAttribute('data-print-ready')) !== 'true') {
        failure = `${settled ? 'failed' : `not ready after ${PRINT_WAIT_MS / 1000} s`}; ${await pageState(page)}`;
        return;
      }
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      if (pdf.length < 1000) throw new Error(`The PDF of ${sessionId} is only ${pdf.length} bytes`);
    });
    return failure === null ? { ms } : { failure: `${sessionId} after ${Math.round(ms)} ms: ${failure}` };
  } finally {
    await page.close();
  }
}

/** Serves the records in `dataDir` (the folder is removed afterwards) and prints each session. */
export async function timePdfExports(dataDir: string, sessionIds: string[]): Promise<PdfExports> {
  const station = new StationProcess(dataDir);
  const url = await station.start();
  const browser = await launchChromium();
  try {
    // The first load also compiles the screen's scripts: not a figure of the records.
    await printOnce(browser, url, sessionIds[0]);
    const result: PdfExports = { samples: [], failures: [] };
    for (const id of sessionIds) {
      const outcome = await printOnce(browser, url, id);
      if ('ms' in outcome) result.samples.push(outcome.ms);
      else result.failures.push(outcome.failure);
    }
    if (result.samples.length === 0) throw new Error(`No record could be printed:\n${result.failures.join('\n')}`);
    return result;
  } finally {
    await browser.close();
    await station.dispose();
  }
}
