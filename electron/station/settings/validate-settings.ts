// Settings files can be edited by hand or damaged: what is read is checked part by part. A broken
// part falls back to its default while the rest stands, so one bad monitor entry never costs the
// clinic its chairs, and a chair list is never silently shortened.
import { z } from 'zod';
import { DEVICE_PROTOCOL_NAMES } from '../../../shared/domain/devices';
import { ALARM_PAUSE_LIMITS, DEFAULT_PREFERENCES, DEFAULT_SETTINGS, PREFERENCE_LIMITS, type StationPreferences, type StationSettings } from './settings-store';

const range = (r: { min: number; max: number }) => z.number().int().min(r.min).max(r.max);
const PREFERENCE_SCHEMAS: { [K in keyof StationPreferences]: z.ZodType<StationPreferences[K]> } = {
  alarmVolumePercent: range(PREFERENCE_LIMITS.alarmVolumePercent),
  lockAfterMinutes: range(PREFERENCE_LIMITS.lockAfterMinutes),
  pinMaxAttempts: range(PREFERENCE_LIMITS.pinMaxAttempts),
  pinLockMinutes: range(PREFERENCE_LIMITS.pinLockMinutes),
  dateFormat: z.enum(['day-month-year', 'month-day-year', 'year-month-day']),
  clockFormat: z.enum(['24h', '12h']),
};

/** Each preference on its own: a damaged one falls back to its default, the others stand. */
function parsePreferences(raw: unknown, problems: string[]): StationPreferences {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out = { ...DEFAULT_PREFERENCES } as Record<keyof StationPreferences, unknown>;
  for (const key of Object.keys(PREFERENCE_SCHEMAS) as Array<keyof StationPreferences>) {
    if (source[key] === undefined) continue;
    const parsed = PREFERENCE_SCHEMAS[key].safeParse(source[key]);
    if (parsed.success) out[key] = parsed.data;
    else problems.push(`the setting "${key}" is not valid: using the default`);
  }
  return out as StationPreferences;
}

const ChairsSchema = z
  .array(z.object({ id: z.string().min(1).max(40), name: z.string().trim().min(1).max(80) }))
  .min(1)
  .max(12)
  .refine((chairs) => new Set(chairs.map((c) => c.id)).size === chairs.length, 'chair ids must be unique');

const PauseSchema = z.number().min(ALARM_PAUSE_LIMITS.min).max(ALARM_PAUSE_LIMITS.max);

const DeviceSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1).max(40),
  protocol: z.enum(DEVICE_PROTOCOL_NAMES),
  path: z.string().min(1).max(200),
  baudRate: z.number().int().positive(),
  usb: z.object({ vendorId: z.string().nullable(), productId: z.string().nullable(), serialNumber: z.string().nullable() }).nullable(),
  chairId: z.string().nullable(),
  measureScheduledChecks: z.boolean(),
});

export interface ParsedSettings {
  settings: StationSettings;
  valid: boolean;
  /** What could not be used, in words, for the log. */
  problems: string[];
}

export function parseSettings(raw: unknown): ParsedSettings {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const chairs = ChairsSchema.safeParse(source.chairs);
  if (!chairs.success) problems.push('the chair list is not valid: using the default chairs');
  const pause = source.alarmPauseMinutes === undefined ? null : PauseSchema.safeParse(source.alarmPauseMinutes);
  if (pause && !pause.success) problems.push('the alarm pause length is not valid: using the default');
  const rems = source.remsModule === undefined ? null : z.boolean().safeParse(source.remsModule);
  if (rems && !rems.success) problems.push('the REMS module switch is not valid: the module is on');
  const chairIds = new Set((chairs.success ? chairs.data : DEFAULT_SETTINGS.chairs).map((c) => c.id));
  const devices: StationSettings['devices'] = [];
  for (const entry of Array.isArray(source.devices) ? source.devices : []) {
    const d = DeviceSchema.safeParse(entry);
    if (!d.success) {
      problems.push('a BP monitor entry is not valid and was left out');
      continue;
    }
    const clash = devices.some((x) => x.id === d.data.id || x.path === d.data.path || (d.data.chairId !== null && x.chairId === d.data.chairId));
    if (clash || (d.data.chairId !== null && !chairIds.has(d.data.chairId))) {
      problems.push(`BP monitor "${d.data.name}" clashes with another or serves no chair here, and was left out`);
      continue;
    }
    devices.push(d.data);
  }
  return {
    settings: {
      chairs: chairs.success ? chairs.data : structuredClone(DEFAULT_SETTINGS.chairs),
      alarmPauseMinutes: pause?.success ? pause.data : ALARM_PAUSE_LIMITS.default,
      devices,
      remsModule: rems?.success ? rems.data : DEFAULT_SETTINGS.remsModule,
      preferences: parsePreferences(source.preferences, problems),
    },
    valid: problems.length === 0,
    problems,
  };
}
