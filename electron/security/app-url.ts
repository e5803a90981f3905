// Decides whether a URL is the app's own page. Navigation blocking and the IPC sender check both
// rely on it, so "what is ours" is defined once.
import { fileURLToPath } from 'node:url';

export type AppUrlCheck = (candidate: string) => boolean;

/**
 * For a file:// app only the exact index.html counts (hash and query ignored): any other file on
 * disk is foreign content. For a development server the whole origin counts.
 */
export function appUrlCheck(appUrl: string): AppUrlCheck {
  const app = new URL(appUrl);
  if (app.protocol !== 'file:') {
    return (candidate) => parse(candidate)?.origin === app.origin;
  }
  const appPath = filePath(app);
  return (candidate) => {
    const url = parse(candidate);
    return url?.protocol === 'file:' && appPath !== null && filePath(url) === appPath;
  };
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Compares decoded file paths (fileURLToPath drops hash and query), because Chromium and Node
 * percent-encode some characters differently.
 */
function filePath(url: URL): string | null {
  try {
    const path = fileURLToPath(url);
    return process.platform === 'win32' ? path.toLowerCase() : path;
  } catch {
    return null;
  }
}
