// The one list of IPC channels between the main process and the preload. Both sides import it, so a
// channel name cannot drift between them. Request names come from the no-zod list, so the preload
// bundle stays free of the validation library.
import { EVENT_NAMES, REQUEST_NAMES } from '../shared/api/request-names';

export type RequestChannelName = (typeof REQUEST_NAMES)[number];

const REQUEST_PREFIX = 'station:request:';

export function requestChannel<N extends RequestChannelName>(name: N): `station:request:${N}` {
  return `${REQUEST_PREFIX}${name}`;
}

/** Every request channel, one per request in the contract. */
export const REQUEST_CHANNELS: ReadonlyArray<{ name: RequestChannelName; channel: string }> = REQUEST_NAMES.map(
  (name) => ({ name, channel: requestChannel(name) }),
);

/** All core events travel on this one channel as (eventName, payload). */
export const EVENT_CHANNEL = 'station:event';

export type EventChannelName = (typeof EVENT_NAMES)[number];

export function isEventName(value: unknown): value is EventChannelName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** The shell's own request, beside the station's: save a session's printed record as a PDF. */
export const SAVE_PDF_CHANNEL = 'station:shell:save-pdf';

/** What saving a PDF answers; renderer/src/components/record/station-shell.ts reads the same shape. */
export type SavePdfResult = { outcome: 'saved'; fileName: string } | { outcome: 'cancelled' } | { outcome: 'failed'; message: string };

/** Kiosk mode, from the station window: whether it is on, and leaving it with an admin's PIN. */
export const KIOSK_STATUS_CHANNEL = 'station:shell:kiosk-status';
export const KIOSK_EXIT_CHANNEL = 'station:shell:kiosk-exit';

export interface KioskStatus {
  active: boolean;
}

/** What "Exit kiosk" answers; renderer/src/components/KioskExit.tsx reads the same shape. `field`
 *  names the input the refusal is about, so the screen can show it there. */
export type KioskExitResult = { ok: true; message: string } | { ok: false; message: string; field?: 'userId' | 'pin' };
