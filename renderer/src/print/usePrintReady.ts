// Tells whoever makes a PDF of the page (the Electron shell, a test) when the record is complete:
// body[data-print-ready] becomes 'true' once the record is on the page, its fonts are loaded and the
// chart has drawn a point for every blood pressure reading; 'failed' when the record could not load.
// Polled with timers, not animation frames: a hidden window may never paint a frame.
import { useEffect, type RefObject } from 'react';

const POLL_MS = 50;
/** A chart that has not drawn by then will not: the record is released without waiting longer. */
const CHART_WAIT_MS = 5_000;

function chartsDrawn(root: HTMLElement): boolean {
  return [...root.querySelectorAll<HTMLElement>('figure.session-chart')].every((figure) => {
    const expected = Number(figure.dataset.bpReadings ?? '0');
    const surfaces = figure.querySelectorAll('svg.recharts-surface').length;
    const points = figure.querySelectorAll('.chart-dot--bp-reading').length;
    return surfaces >= 2 && points >= expected;
  });
}

export function usePrintReady(state: 'loading' | 'loaded' | 'failed', root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const body = document.body;
    if (state === 'failed') {
      body.dataset.printReady = 'failed';
      return;
    }
    delete body.dataset.printReady;
    if (state !== 'loaded') return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const check = () => {
      if (!live) return;
      const element = root.current;
      if (element && (chartsDrawn(element) || Date.now() - started > CHART_WAIT_MS)) {
        body.dataset.printReady = 'true';
        return;
      }
      timer = setTimeout(check, POLL_MS);
    };
    void document.fonts.ready.then(check);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [state, root]);
}
