// Settings files can be edited by hand or damaged: what is read is checked, and anything unusable
// falls back to the defaults rather than putting a broken board in front of the nurses.
import { z } from 'zod';
import { DEVICE_PROTOCOL_NAMES } from '../../../shared/domain/devices';
import { ALARM_PAUSE_LIMITS, DEFAULT_SETTINGS, type StationSettings } from './settings-store';

const SettingsSchema = z.object({
  chairs: z
    .array(z.object({ id: z.string().min(1).max(40), name: z.string().trim().min(1).max(80) }))
    .min(1)
    .max(12)
    .refine((chairs) => new Set(chairs.map((c) => c.id)).size === chairs.length, 'chair ids must be unique'),
  alarmPauseMinutes: z.number().min(ALARM_PAUSE_LIMITS.min).max(ALARM_PAUSE_LIMITS.max).default(ALARM_PAUSE_LIMITS.default),
  devices: z
    .array(
      z.object({
        id: z.string().min(1).max(60),
        name: z.string().trim().min(1).max(40),
        protocol: z.enum(DEVICE_PROTOCOL_NAMES),
        path: z.string().min(1).max(200),
        baudRate: z.number().int().positive(),
        usb: z.object({ vendorId: z.string().nullable(), productId: z.string().nullable(), serialNumber: z.string().nullable() }).nullable(),
        chairId: z.string().nullable(),
        measureScheduledChecks: z.boolean(),
      }),
    )
    .default([]),
});

export function parseSettings(raw: unknown): { settings: StationSettings; valid: boolean } {
  const parsed = SettingsSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data, valid: true } : { settings: structuredClone(DEFAULT_SETTINGS), valid: false };
}
