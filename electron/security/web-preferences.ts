// The web preferences of every window the app makes (the station window and the hidden one that
// prints records). One function, so the two cannot drift apart and a unit test can hold each
// promise: the page runs sandboxed, isolated from the preload, without Node, with web security on.
// Only a type comes from Electron, so this module loads without it.
import type { WebPreferences } from 'electron';

export interface StationWindowOptions {
  /** The bundled preload (dist-electron/preload.js). */
  preload: string;
  /** Developer tools: for development only. A packaged station, or one in kiosk mode, has none, so
   *  nobody at the screen can run their own script next to the station's bridge. */
  devTools: boolean;
}

export function stationWebPreferences(options: StationWindowOptions): WebPreferences {
  return {
    preload: options.preload,
    devTools: options.devTools,
    // The page and the preload live in separate JavaScript worlds: the page sees only what the
    // preload hands over with contextBridge, never ipcRenderer or the preload's own objects.
    contextIsolation: true,
    // The renderer process runs in Chromium's OS sandbox, and the preload gets only the small
    // sandboxed set of Node features.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Same-origin policy and mixed-content blocking stay as in any browser.
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    plugins: false,
    enableWebSQL: false,
    // A middle click on a link would ask for a new window; the window-open handler refuses it
    // anyway, and without auxclick the page cannot even try.
    disableBlinkFeatures: 'Auxclick',
    // Chromium's spellchecker fetches dictionaries from the internet; the station talks to nothing
    // outside this PC, and its free text is short notes.
    spellcheck: false,
    // A file dropped on the window must not replace the station's page.
    navigateOnDragDrop: false,
    // Timers and alarm sounds must keep running when the window is covered or minimised.
    backgroundThrottling: false,
    // An alarm must sound even before anyone has touched the screen since start-up.
    autoplayPolicy: 'no-user-gesture-required',
  };
}
