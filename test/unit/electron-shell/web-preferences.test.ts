// The promises every window of the app makes: sandboxed, isolated, without Node, with web security,
// and no way to embed other content. Also guards the source: no window is made with other settings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stationWebPreferences } from '../../../electron/security/web-preferences';

const electronDir = resolve(__dirname, '../../../electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('stationWebPreferences', () => {
  const prefs = stationWebPreferences({ preload: '/app/dist-electron/preload.js', devTools: false });

  it('isolates and sandboxes the page, without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security and loads no insecure or embedded content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.plugins).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.navigateOnDragDrop).toBe(false);
    // Chromium's spellchecker would download dictionaries from the internet.
    expect(prefs.spellcheck).toBe(false);
  });

  it('uses the given preload and developer-tools choice, and keeps alarms running in the background', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.js');
    expect(prefs.devTools).toBe(false);
    expect(stationWebPreferences({ preload: 'p.js', devTools: true }).devTools).toBe(true);
    expect(prefs.backgroundThrottling).toBe(false);
    expect(prefs.autoplayPolicy).toBe('no-user-gesture-required');
  });

  it('passes no partition or session of its own (the session rules apply to the default one)', () => {
    expect(prefs.partition).toBeUndefined();
    expect(prefs.session).toBeUndefined();
  });
});

describe('the shell source', () => {
  const files = sourceFiles(electronDir);

  it('never turns a protection off, wherever a window or web preference is written', () => {
    const unsafe = [
      /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /webviewTag\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /enableBlinkFeatures/,
      /openExternal\s*\(/,
      /setCertificateVerifyProc|certificate-error/,
    ];
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return unsafe.filter((pattern) => pattern.test(text)).map((pattern) => `${relative(electronDir, file)}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });

  it('makes windows only where they are known to use stationWebPreferences', () => {
    // A new place that makes a window must be reviewed and added here.
    const makers = files.filter((file) => /new BrowserWindow\s*\(/.test(readFileSync(file, 'utf8'))).map((file) => relative(electronDir, file));
    expect(makers.sort()).toEqual(['main.ts', 'print-to-pdf.ts']);
    const main = readFileSync(join(electronDir, 'main.ts'), 'utf8');
    expect(main).toMatch(/stationWebPreferences\(/);
    expect(readFileSync(join(electronDir, 'print-to-pdf.ts'), 'utf8')).toMatch(/webPreferences:\s*options\.webPreferences\(\)/);
  });

  it('turns the sandbox on for every renderer, not only through the window options', () => {
    expect(readFileSync(join(electronDir, 'main.ts'), 'utf8')).toMatch(/app\.enableSandbox\(\)/);
  });
});
