// Assembles the station core: records, settings, commands and queries behind the one contract,
// and the board heartbeat that keeps every screen's timers and due checks current.
import type { EventName, EventPayloads } from '../../shared/api/contract';
import type { AdjustableClock, Clock } from './clock';
import { openDatabase, type Db } from './db/open-database';
import { SessionRepository } from './records/session-repository';
import { AlarmMonitor } from './alarms/alarm-monitor';
import { AlarmStore } from './alarms/alarm-store';
import { routeRequest, storageProblem, type Authorize, type Handlers } from './request-router';
import { DailyBackups } from './backup/daily-backups';
import { StationNotices } from './station-notices';
import { formatClockTime } from '../../shared/format/clock-time';
import { join } from 'node:path';
import { REQUEST_ROLES, rolesAllowedText } from './users/request-roles';
import { SignIns } from './users/sign-ins';
import { SessionCommands } from './session-commands';
import { defaultChairs, type SettingsStore } from './settings/settings-store';
import { notAllowed, StationError } from './station-error';
import type { EventListener, StationCore } from './station-core';
import { protocolSummary, StationQueries } from './station-queries';
import type { PortView } from '../../shared/api/views';
import { importSettings, settingsView as stationSettingsView, updateSettings } from './settings/station-settings-admin';
import { settingsFile } from './settings/settings-transfer';
import type { DeviceLinkFactory } from './devices/device-link';
import { storeDeviceReading } from './devices/device-readings';
import { serialDevices } from './devices/serial-devices';
import { StationDevices } from './devices/station-devices';
import { UserDirectory } from './users/user-directory';
import { userHandlers } from './users/user-handlers';
import { chairTimeReport } from './reports/chair-time';
import { sessionExports } from './exports/session-exports';
import { AuditLog } from './audit/audit-log';
import { ProtocolStore } from './protocols/protocol-store';
import { auditSummary, entityOf, isAudited } from './audit/audit-entry';
import { REQUESTS, type ApiResponse, type RequestName } from '../../shared/api/contract';

export interface StationOptions {
  dataDir: string;
  clock: Clock;
  settings: SettingsStore;
  /** Path of a better-sqlite3 binary built for this runtime (the Electron app keeps its own). */
  nativeBinding?: string;
  /** Only when started for testing: lets clock.advance move time forward. */
  testClock?: AdjustableClock | null;
  /** How often the board is sent to screens; 0 turns the heartbeat off (tests drive it). */
  heartbeatMs?: number;
  log?: (message: string, error?: unknown) => void;
  /** Called with the open database before the station uses it. Tests use it to make the disk
   *  "full" with SQLite's own page limit; the station itself never needs it. */
  withDatabase?: (db: Db) => void;
  /** Where the daily backups go (default: the data folder's backups/); null: none (test stations). */
  backups?: { folder: string; keep?: number } | null;
  /** Measures inactivity for the sign-in lock; real monotonic time unless a test moves it. */
  idleClock?: Clock;
  /** Test stations only: a lower scrypt cost for new PINs, so tests that make users run fast. */
  pinCostLn?: number;
  /** How the station reaches its BP monitors; serial ports unless a host provides another way. */
  devices?: { openLink: DeviceLinkFactory; listPorts: () => Promise<PortView[]> };
}

export function openStation(options: StationOptions): StationCore {
  const { clock, settings } = options;
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  const db = openDatabase(options.dataDir, options.nativeBinding);
  options.withDatabase?.(db);
  const repo = new SessionRepository(db);
  const protocolStore = new ProtocolStore(db, clock);
  const protocols = () => protocolStore.active();
  const audit = new AuditLog(db, clock);
  const users = new UserDirectory(db, clock, {
    maxAttempts: () => settings.read().preferences.pinMaxAttempts,
    pinCostLn: options.pinCostLn,
    lockMinutes: () => settings.read().preferences.pinLockMinutes,
    log: (message) => log(message),
    // Wrong PINs and locks are kept in the audit trail as well as the log.
    onSecurityEvent: (message) => {
      try {
        audit.append({ user: 'station', action: 'users.security', entity: 'users', summary: message });
      } catch (e) {
        // The wrong PIN is still refused with its own message; the failed write shows on the board.
        storageFailed(e);
        log('The audit trail could not record a wrong PIN', e);
      }
    },
  });
  const signIns = new SignIns(options.idleClock, () => settings.read().preferences.lockAfterMinutes);
  // The commands ask the alarm monitor (made below) at call time: an active alarm holds a discharge.
  const commands = new SessionCommands(
    repo,
    clock,
    settings,
    protocols,
    (sessionId) => alarms.activeFor(sessionId),
    (signed, allowed, action) => users.verify(signed.userId, signed.pin, allowed, action),
  );
  const listeners = new Set<EventListener>();
  const deviceAccess = options.devices ?? serialDevices(clock, log);
  const devices = new StationDevices(settings, clock, deviceAccess.openLink, deviceAccess.listPorts, {
    reading: (r) => {
      const outcome = storeDeviceReading(repo, commands, r);
      if (!outcome.stored) return outcome.why;
      changed(outcome.sessionId);
      return null;
    },
    changed: () => {
      emit('devices', devices.view());
      emit('board', queries.board());
    },
    log,
  });
  const alarms = new AlarmMonitor(repo, new AlarmStore(db), clock, (chairId) => devices.health(chairId));
  const notices = new StationNotices(clock);
  const queries = new StationQueries(repo, clock, settings, Boolean(options.testClock), alarms, devices, notices);
  const settingsProblems = settings.problems?.() ?? [];
  // A damaged settings file is worth a shift's notice: someone should check the chairs and limits.
  if (settingsProblems.length > 0) notices.set('settings', 'warning', `Settings: ${settingsProblems.join(' ')}`, 12 * 60);
  /** A failure to write the records is shown to the whole room until a write succeeds again. */
  const storageFailed = (e: unknown) => {
    const problem = storageProblem(e);
    if (problem) notices.set('storage', 'error', `The records cannot be saved: ${problem}. Nothing new is saved until this is fixed; note readings on paper. Call the clinic's IT.`);
  };
  const backups =
    options.backups === null
      ? null
      : new DailyBackups(db, options.backups?.folder ?? join(options.dataDir, 'backups'), clock, {
          keep: options.backups?.keep,
          onDone: () => notices.clear('backup'),
          onFailed: (message) => {
            log(`The daily backup failed: ${message}`);
            notices.set('backup', 'warning', `Today's backup of the records failed: ${message}. It is tried again every 15 minutes.`);
          },
        });

  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    for (const l of listeners) {
      try {
        l(event, payload);
      } catch (e) {
        log('A screen could not take a station event', e);
      }
    }
  };
  const changed = (sessionId: string) => {
    // Alarms follow every entry at once, not only on the next tick. The entry is already committed:
    // if evaluating alarms fails now, the next tick (within a second) does it, and the save stands.
    try {
      alarms.sync(sessionId);
      commands.noteReadyToLeave(sessionId);
    } catch (e) {
      log('Alarms could not be evaluated right after a save; the next tick will', e);
    }
    const view = queries.session(sessionId);
    emit('session', { sessionId });
    emit('board', queries.board());
    return view;
  };

  const settingsView = () => stationSettingsView(settings);
  const exports = sessionExports();

  const boardChanged = () => {
    const board = queries.board();
    emit('board', board);
    return board;
  };

  const handlers: Handlers = {
    'board.get': () => queries.board(),
    'protocols.list': () => protocols().map(protocolSummary),
    'protocols.all': () => protocolStore.all(),
    'protocols.save': ({ protocol, by }) => (protocolStore.save(protocol, by), protocolStore.all()),
    'protocols.setRetired': ({ protocolId, retired, by }) => (protocolStore.setRetired(protocolId, retired, by), protocolStore.all()),
    'settings.get': () => settingsView(),
    'settings.setRemsModule': ({ enabled }) => {
      settings.write({ ...settings.read(), remsModule: enabled });
      boardChanged();
      return settingsView();
    },
    'settings.update': ({ changes }) => {
      updateSettings(settings, changes);
      boardChanged();
      return settingsView();
    },
    'settings.export': () => settingsFile(settings.read(), protocolStore.all(), clock.now()),
    'settings.import': (input) => {
      const report = importSettings(input, { db, settings, protocols: protocolStore, repo });
      boardChanged();
      return report;
    },
    'settings.setChairCount': ({ count }) => {
      const current = settings.read().chairs;
      const removed = current.slice(count);
      const occupied = repo.activeSessions().find((s) => removed.some((c) => c.id === s.record.chairId));
      if (occupied) throw notAllowed(`${occupied.chairName} has a patient: discharge them before removing the chair`, 'count');
      const served = settings.read().devices.find((d) => removed.some((c) => c.id === d.chairId));
      if (served) {
        const chair = removed.find((c) => c.id === served.chairId)!;
        throw notAllowed(`${chair.name} has the BP monitor ${served.name}: move it to another chair or remove it first`, 'count');
      }
      const kept = current.slice(0, count);
      const chairs = [...kept, ...defaultChairs(count).slice(kept.length)];
      settings.write({ ...settings.read(), chairs });
      boardChanged();
      return settingsView();
    },
    'session.checkIn': (input) => changed(commands.checkIn(input)),
    'session.get': ({ sessionId }) => queries.session(sessionId),
    'session.confirmPreDose': (input) => (commands.confirmPreDose(input), changed(input.sessionId)),
    'session.recordObservation': (input) => (commands.recordObservation(input), changed(input.sessionId)),
    'session.acknowledgeBaseline': (input) => (commands.acknowledgeBaseline(input), changed(input.sessionId)),
    'session.recordDevice': (input) => (commands.recordDevice(input), changed(input.sessionId)),
    'session.recordKetamineDose': (input) => (commands.recordKetamineDose(input), changed(input.sessionId)),
    'session.recordInfusionEnd': (input) => (commands.recordInfusionEnd(input), changed(input.sessionId)),
    'session.markEnteredInError': (input) => (commands.markEnteredInError(input), changed(input.sessionId)),
    'session.discharge': (input) => (commands.discharge(input), changed(input.sessionId)),
    'session.cancel': (input) => (commands.cancel(input), changed(input.sessionId)),
    'session.recordRecoveryScore': (input) => (commands.recordRecoveryScore(input), changed(input.sessionId)),
    'session.recordRemsFacts': (input) => (commands.recordRemsFacts(input), changed(input.sessionId)),
    'session.markRemsSubmitted': (input) => (commands.markRemsSubmitted(input), changed(input.sessionId)),
    'session.addAddendum': (input) => (commands.addAddendum(input), changed(input.sessionId)),
    'history.list': (input) => queries.history(input),
    'rems.formsDue': () => queries.formsDue(),
    'reports.chairTime': ({ from, to }) => chairTimeReport(repo, from, to),
    'export.sessionCsv': ({ sessionId }) => exports.csv(queries.session(sessionId)),
    'export.sessionFhir': ({ sessionId }) => exports.fhir(queries.session(sessionId)),
    ...userHandlers(users),
    'users.signIn': ({ userId, pin }) => {
      const user = users.verify(userId, pin, ['nurse', 'clinician', 'admin'], 'sign in', '');
      const lockAfterMinutes = settings.read().preferences.lockAfterMinutes;
      const view = users.status().users.find((u) => u.userId === user.userId)!;
      return { token: signIns.start(user), user: view, lockAfterMinutes };
    },
    'users.signOut': ({ token }) => {
      signIns.end(token);
      return users.status();
    },
    'audit.verify': () => audit.verify(),
    'alarms.acknowledge': ({ alarmId, by }) => {
      const sessionId = alarms.acknowledge(alarmId, by);
      emit('session', { sessionId });
      return boardChanged();
    },
    'alarms.pauseAudio': ({ by }) => {
      alarms.audio.pauseFor(settings.read().alarmPauseMinutes, by, clock.now());
      return boardChanged();
    },
    'alarms.resumeAudio': () => {
      alarms.audio.resume();
      return boardChanged();
    },
    'devices.list': () => devices.view(),
    'devices.ports': () => devices.ports(),
    'devices.save': (input) => {
      const view = devices.save(input);
      boardChanged();
      return view;
    },
    'devices.remove': (input) => {
      const view = devices.remove(input);
      boardChanged();
      return view;
    },
    'devices.measureNow': ({ chairId }) => {
      const session = repo.activeSessions().find((s) => s.record.chairId === chairId);
      return devices.measureNow(chairId, session?.record.id ?? null);
    },
    'clock.advance': ({ minutes }) => {
      if (!options.testClock) throw notAllowed('The clock can only be moved on a station started with --test-clock');
      options.testClock.advance(minutes * 60_000);
      alarms.sync();
      return boardChanged();
    },
  };

  /** Who did it: the name typed at the station, or the account that signed with its PIN. */
  /** A request that changes something must come from a live sign-in whose role may send it. */
  function signedInInput(method: RequestName, input: unknown): unknown {
    const roles = REQUEST_ROLES[method];
    if (!roles) return input;
    const token = (input as { by: string }).by;
    const user = signIns.use(token);
    if (!user) {
      const minutes = settings.read().preferences.lockAfterMinutes;
      throw new StationError('signed-out', `Your sign-in has ended (it ends after ${minutes} min without use): sign in again. Nothing was saved.`, [
        { path: 'by', message: 'Sign in again' },
      ]);
    }
    if (!roles.includes(user.role)) throw notAllowed(`Only ${rolesAllowedText(roles)} can do this; ${user.name} is signed in as ${user.role === 'admin' ? 'an' : 'a'} ${user.role}`);
    return { ...(input as object), by: user.name };
  }

  function actor(input: Record<string, unknown>): string {
    if (typeof input.by === 'string') return input.by;
    const signed = (input.signOff ?? input.admin ?? (typeof input.userId === 'string' ? { userId: input.userId } : undefined)) as { userId?: unknown } | undefined;
    const account = users.status().users.find((u) => u.userId === signed?.userId);
    if (account) return account.name;
    return typeof input.name === 'string' ? input.name : 'station';
  }
  function sessionStateBefore(input: unknown): unknown {
    const sessionId = (input as { sessionId?: unknown } | null)?.sessionId;
    if (typeof sessionId !== 'string' || !repo.session(sessionId)) return null;
    return { entries: repo.entries(sessionId).length, closure: repo.closure(sessionId)?.kind ?? null };
  }
  function auditRequest(method: string, input: Record<string, unknown>, before: unknown, result: unknown): void {
    try {
      audit.append({ user: actor(input), action: method, entity: entityOf(input, result), summary: auditSummary(input, before, result) });
    } catch (e) {
      // The change itself is committed; a missing audit row must be loud, not fatal to the ward.
      storageFailed(e);
      log(`The audit trail could not record ${method}`, e);
    }
  }

  // Every second, with or without a screen connected: alarms that depend on time (an overdue
  // check, the end of the minimum observation) are raised by the clock, not by an entry.
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const autoMeasured = new Set<string>();
  const tick = () => {
    try {
      alarms.sync();
      for (const s of repo.activeSessions()) commands.noteReadyToLeave(s.record.id);
      const board = queries.board();
      startScheduledMeasurements(board);
      if (listeners.size > 0) emit('board', board);
    } catch (e) {
      storageFailed(e);
      log('The station could not evaluate the board and its alarms', e);
    }
  };
  /** A chair whose own monitor may measure by itself starts it once when a BP check falls due. */
  function startScheduledMeasurements(board: ReturnType<typeof queries.board>): void {
    const open = new Set(board.chairs.flatMap((c) => (c.session ? [c.session.sessionId] : [])));
    for (const key of autoMeasured) if (!open.has(key.split(':')[0])) autoMeasured.delete(key);
    for (const chair of board.chairs) {
      const s = chair.session;
      if (!s || !devices.measuresScheduledChecks(chair.chairId)) continue;
      const due = s.checks.find((c) => (c.state === 'due' || c.state === 'overdue') && c.missing.includes('bp'));
      if (!due) continue;
      const key = `${s.sessionId}:${due.id}`;
      if (autoMeasured.has(key)) continue;
      try {
        devices.measureNow(chair.chairId, s.sessionId);
        // Marked only once started: a busy or reconnecting monitor is tried again on the next tick.
        autoMeasured.add(key);
      } catch {
        // Busy or unplugged: the monitor's state (and its technical alarm) already tells the nurses.
      }
    }
  }

  alarms.sync();
  devices.start();
  backups?.start();
  const heartbeat = heartbeatMs > 0 ? setInterval(tick, heartbeatMs) : null;
  heartbeat?.unref?.();

  return {
    handle: (method, input) => {
      const audited = Object.prototype.hasOwnProperty.call(REQUESTS, method) && isAudited(method as RequestName);
      const before = audited ? sessionStateBefore(input) : null;
      // The input as the handler saw it: the signed-in user's name in place of the token.
      let prepared: unknown = input;
      const authorize: Authorize = (m, parsed) => (prepared = signedInInput(m, parsed));
      const failed = (e: unknown) => {
        storageFailed(e);
        log(`Request ${method} failed`, e);
      };
      const response = routeRequest(handlers, method, input, failed, authorize);
      if (!audited) return response;
      const record = (r: ApiResponse<unknown>) => {
        if (r.ok) {
          auditRequest(method, prepared as Record<string, unknown>, before, r.result);
          notices.clear('storage');
        }
        return r;
      };
      return response instanceof Promise ? response.then(record) : record(response);
    },
    tick,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recordClockJump: (jump) => {
      const minutes = Math.round(jump.deltaMs / 60_000);
      const text = `The PC's clock jumped ${minutes >= 0 ? 'forward' : 'back'} by ${Math.abs(minutes)} min at ${formatClockTime(jump.toMs)}. Observation timers kept to real elapsed time; the station's clock rejoins the PC's slowly.`;
      log(text);
      notices.set('clock', 'warning', text, 60);
      try {
        audit.append({ user: 'station', action: 'station.clockJump', entity: 'station', summary: JSON.stringify(jump) });
      } catch (e) {
        storageFailed(e);
      }
    },
    close: () => {
      if (heartbeat) clearInterval(heartbeat);
      devices.close();
      listeners.clear();
      // A backup under way finishes first: its copy is read through this connection.
      if (backups?.busy) void backups.stop().finally(() => db.close());
      else {
        void backups?.stop();
        db.close();
      }
    },
  };
}
