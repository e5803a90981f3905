// What a page holds in memory, read through the Chrome DevTools Protocol after a full collection:
// the JavaScript heap, the elements in the document, and the nodes and event listeners still alive
// (these count detached nodes too, which is where a screen that leaks keeps them).
import type { CDPSession, Page } from '@playwright/test';

export interface PageMemory {
  heapUsedBytes: number;
  documentElements: number;
  liveNodes: number;
  eventListeners: number;
}

export async function openDevTools(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

export async function pageMemory(page: Page, cdp: CDPSession): Promise<PageMemory> {
  // Twice, as in the core: a collection can leave garbage whose finalizers free more on the next.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const documentElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heapUsedBytes: heap.usedSize, documentElements, liveNodes: counters.nodes, eventListeners: counters.jsEventListeners };
}

/** A heap snapshot of the page, as DevTools would take it, in its JSON text. */
export async function pageHeapSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return chunks.join('');
}
