// What the Electron shell adds to the page besides the station API: saving a session's record as
// a PDF (the main process renders the print layout and asks where to save it). Absent in a browser.
// The result's shape is the one electron/print-to-pdf.ts sends.
export type SavePdfResult =
  | { outcome: 'saved'; fileName: string }
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; message: string };

export interface StationShell {
  savePdf(sessionId: string): Promise<SavePdfResult>;
}

declare global {
  interface Window {
    stationShell?: StationShell;
  }
}

export function stationShell(): StationShell | null {
  return typeof window !== 'undefined' && window.stationShell ? window.stationShell : null;
}
