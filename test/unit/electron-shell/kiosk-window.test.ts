// Kiosk windows cover the screen and lose their close and minimise buttons; ordinary ones keep them.
import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../electron/kiosk/kiosk-window';

describe('kioskWindowOptions', () => {
  it('in kiosk mode: kiosk, fullscreen, not closable, not minimisable', () => {
    expect(kioskWindowOptions(true)).toEqual({ kiosk: true, fullscreen: true, closable: false, minimizable: false });
  });

  it('otherwise an ordinary window', () => {
    expect(kioskWindowOptions(false)).toEqual({ kiosk: false, fullscreen: false, closable: true, minimizable: true });
  });
});
