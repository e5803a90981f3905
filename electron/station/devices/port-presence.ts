// Notices that an open port's device has gone. serialport reports most unplugs by closing the port,
// but not all: a pseudo-terminal whose other side went away (socat stopped, a USB-serial bridge
// driver that hangs up instead of failing) keeps answering reads with end-of-file, which serialport
// retries for ever without a 'close'. The device file disappearing, or now being another device,
// is the sign. Windows COM names are not files; there the silence watchdog covers it.
import { statSync } from 'node:fs';

function deviceNumber(path: string): number | null {
  try {
    return statSync(path).rdev;
  } catch {
    return null;
  }
}

/** Calls onGone once when `path` vanishes or names another device; returns the stop function. */
export function watchPortPresence(path: string, onGone: () => void, everyMs = 500): () => void {
  if (!path.startsWith('/')) return () => undefined;
  const opened = deviceNumber(path);
  if (opened === null) return () => undefined;
  const timer = setInterval(() => {
    if (deviceNumber(path) === opened) return;
    clearInterval(timer);
    onGone();
  }, everyMs);
  return () => clearInterval(timer);
}
