// Settings export and import, so a clinic can set a second station up the same way: the chairs, the
// alarm and lock preferences, the REMS switch and the protocols. An import is checked whole before
// anything changes. Users and records never travel this way, nor the BP monitors: their serial
// ports belong to each PC.
import { z } from 'zod';
import type { ExportFile } from '../../../shared/api/views';
import { PreferencesSchema } from '../../../shared/api/preferences-schema';
import { ProtocolDraftSchema } from '../../../shared/api/protocol-schema';
import { protocolIssues } from '../../../shared/domain/protocol-rules';
import type { Protocol } from '../../../shared/domain/protocols';
import { StationError } from '../station-error';
import { ALARM_PAUSE_LIMITS, type StationSettings } from './settings-store';

export const SETTINGS_FILE_FORMAT = 'observation-station-settings';
const FORMAT_VERSION = 1;

const ImportedProtocol = z.strictObject({
  protocol: ProtocolDraftSchema.extend({ id: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'Protocol id must be lower-case letters, digits or dashes' }) }),
  retired: z.boolean(),
});

const SettingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT, { error: 'This is not an Observation Station settings file' }),
  formatVersion: z.literal(FORMAT_VERSION, { error: `This settings file is from another version of Observation Station (this one reads version ${FORMAT_VERSION})` }),
  exportedAt: z.string(),
  station: z.strictObject({
    chairs: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'Chair id is not valid' }), name: z.string().trim().min(1, { error: 'A chair has no name' }).max(40) }))
      .min(1, { error: 'A station has 1 to 12 chairs' })
      .max(12, { error: 'A station has 1 to 12 chairs' }),
    alarmPauseMinutes: z.number().int().min(ALARM_PAUSE_LIMITS.min).max(ALARM_PAUSE_LIMITS.max),
    remsModule: z.boolean(),
    preferences: PreferencesSchema,
  }),
  protocols: z.array(ImportedProtocol).min(1, { error: 'The file has no protocols' }).max(200),
});
export type SettingsFile = z.output<typeof SettingsFileSchema>;

export function settingsFile(settings: StationSettings, protocols: Array<{ protocol: Protocol; retired: boolean }>, now: number): ExportFile {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    station: { chairs: settings.chairs, alarmPauseMinutes: settings.alarmPauseMinutes, remsModule: settings.remsModule, preferences: settings.preferences },
    protocols: protocols.map((p) => ({ protocol: { ...p.protocol, recoveryScore: p.protocol.recoveryScore ?? null, remsApplies: p.protocol.remsApplies ?? false }, retired: p.retired })),
  };
  return {
    fileName: `observation-station-settings-${file.exportedAt.slice(0, 10)}.json`,
    mimeType: 'application/json',
    content: JSON.stringify(file, null, 2),
  };
}

/** Reads and checks a whole settings file; throws one refusal listing what is wrong. */
export function readSettingsFile(content: string): SettingsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new StationError('invalid-input', 'The settings file is not readable JSON: nothing was changed', [{ path: 'content', message: 'Not JSON' }]);
  }
  const parsed = SettingsFileSchema.safeParse(raw);
  const issues: Array<{ path: string; message: string }> = [];
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  } else {
    const { station, protocols } = parsed.data;
    if (new Set(station.chairs.map((c) => c.id)).size !== station.chairs.length) issues.push({ path: 'station.chairs', message: 'Two chairs have the same id' });
    if (new Set(protocols.map((p) => p.protocol.id)).size !== protocols.length) issues.push({ path: 'protocols', message: 'A protocol appears twice' });
    protocols.forEach((p, i) => {
      for (const issue of protocolIssues(p.protocol)) issues.push({ path: `protocols.${i}.protocol.${issue.path}`, message: `${p.protocol.name}: ${issue.message}` });
    });
    if (protocols.every((p) => p.retired)) issues.push({ path: 'protocols', message: 'Every protocol in the file is retired: patients could not be checked in' });
  }
  if (issues.length > 0) {
    throw new StationError('invalid-input', `The settings file was not imported, nothing was changed: ${issues[0].message}`, issues);
  }
  return parsed.data!;
}
