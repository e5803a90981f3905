// One station process per data folder: two would fight over the records database and show
// diverging boards. A second launch hands over to the first, which brings its window forward.
import { app } from 'electron';

/** Returns false when another instance already runs; the caller must then quit. */
export function claimSingleInstance(focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', focusExisting);
  return true;
}
