// The admin's changes to the station settings: preferences and chair names, and a whole settings
// file from another station. Each is checked against what is happening now (a chair with a patient or
// a BP monitor cannot disappear) before anything is written.
import type { ParsedInput } from '../../../shared/api/contract';
import type { SettingsImportReport, StationSettingsView } from '../../../shared/api/views';
import type { Db } from '../db/open-database';
import type { ProtocolStore } from '../protocols/protocol-store';
import type { SessionRepository } from '../records/session-repository';
import { notAllowed } from '../station-error';
import type { SettingsStore, StationSettings } from './settings-store';
import { readSettingsFile } from './settings-transfer';

export function settingsView(settings: SettingsStore): StationSettingsView {
  const { chairs, remsModule, alarmPauseMinutes, preferences } = settings.read();
  return { chairs, remsModule, alarmPauseMinutes, preferences };
}

export function updateSettings(settings: SettingsStore, changes: ParsedInput<'settings.update'>['changes']): void {
  const current = settings.read();
  let chairs = current.chairs;
  if (changes.chairNames) {
    const renamed = new Map(changes.chairNames.map((c) => [c.chairId, c.name.trim()]));
    for (const id of renamed.keys()) {
      if (!chairs.some((c) => c.id === id)) throw notAllowed(`There is no chair "${id}" at this station`, 'changes.chairNames');
    }
    chairs = chairs.map((c) => ({ ...c, name: renamed.get(c.id) ?? c.name }));
    const names = chairs.map((c) => c.name.toLowerCase());
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw notAllowed(`Two chairs would be called "${chairs.find((c) => c.name.toLowerCase() === twice)!.name}"`, 'changes.chairNames');
  }
  settings.write({
    ...current,
    chairs,
    alarmPauseMinutes: changes.alarmPauseMinutes ?? current.alarmPauseMinutes,
    preferences: { ...current.preferences, ...changes.preferences },
  });
}

/** Applies a settings file only when all of it is valid and fits this station now. */
export function importSettings(
  input: ParsedInput<'settings.import'>,
  deps: { db: Db; settings: SettingsStore; protocols: ProtocolStore; repo: SessionRepository },
): SettingsImportReport {
  const file = readSettingsFile(input.content);
  const current = deps.settings.read();
  const keptIds = new Set(file.station.chairs.map((c) => c.id));
  const occupied = deps.repo.activeSessions().find((s) => !keptIds.has(s.record.chairId));
  if (occupied) throw notAllowed(`The file has no chair for ${occupied.chairName}, where a patient is now: nothing was changed`);
  const monitor = current.devices.find((d) => d.chairId !== null && !keptIds.has(d.chairId));
  if (monitor) throw notAllowed(`The file has no chair for the BP monitor ${monitor.name}: move or remove the monitor first. Nothing was changed`);

  const next: StationSettings = { ...current, ...file.station, devices: current.devices };
  const changed: string[] = [];
  // Protocols and settings change together: if the settings file cannot be written, the protocol
  // versions are rolled back with it.
  deps.db
    .transaction(() => {
      for (const p of file.protocols) if (deps.protocols.importProtocol(p.protocol, p.retired, input.by)) changed.push(p.protocol.name);
      deps.settings.write(next);
    })
    .immediate();
  return { settings: settingsView(deps.settings), protocolsChanged: changed, devicesImported: 0 };
}
