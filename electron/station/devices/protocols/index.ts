// The four supported monitor protocols: how to talk to each and how to read what it sends.
// Names, labels, default baud rates and whether a monitor can be told to measure come from the
// shared device list, so settings, the station and the drivers agree.
import { protocolInfo } from '../../../../shared/domain/devices';
import { createAccutorrParser, ACCUTORR_INTER_BYTE_TIMEOUT_MS } from './accutorr';
import { ACCUTORR_POLL } from './accutorr-encode';
import { AND_INTER_BYTE_TIMEOUT_MS, createAndParser } from './and-tm2655';
import { AND_COMMANDS } from './and-tm2655-encode';
import { createOmronCsvParser, OMRON_INTER_BYTE_TIMEOUT_MS } from './omron-csv';
import { createSuntechParser, SUNTECH_INTER_BYTE_TIMEOUT_MS } from './suntech';
import { suntechCommand } from './suntech-encode';
import type { ProtocolDriver, ProtocolName } from './types';

export type { DeviceEvent, DeviceStatus, ProtocolCommands, ProtocolDriver, ProtocolName, ProtocolParser } from './types';

/** Accutorr: ask every 5 s; three unanswered polls in a row mean the monitor is gone. */
const ACCUTORR_POLL_MS = 5000;

function shared(name: ProtocolName) {
  const { label, defaultBaud, canStartMeasurement } = protocolInfo(name);
  return { name, label, defaultBaud, canStartMeasurement };
}

export const PROTOCOLS: Readonly<Record<ProtocolName, ProtocolDriver>> = {
  suntech: {
    ...shared('suntech'),
    reportsCuffPressure: true,
    pollsForResults: false,
    pollIntervalMs: null,
    interByteTimeoutMs: SUNTECH_INTER_BYTE_TIMEOUT_MS,
    silenceTimeoutMs: 2000, // every command is answered at once: silence after one means the line is dead
    commands: {
      start: suntechCommand([0x20]), // 3A 20 A6 (verified)
      cuffPressure: suntechCommand([0x79, 0x05, 0x00]), // 3A 79 05 00 48 (verified)
      requestResult: suntechCommand([0x79, 0x03, 0x00]), // 3A 79 03 00 4A (verified)
      abort: suntechCommand([0x79, 0x01, 0x00]), // 3A 79 01 00 4C (derived from the rule, not captured)
    },
    createParser: createSuntechParser,
  },
  'and-tm2655': {
    ...shared('and-tm2655'),
    reportsCuffPressure: false,
    pollsForResults: false,
    pollIntervalMs: null,
    interByteTimeoutMs: AND_INTER_BYTE_TIMEOUT_MS,
    silenceTimeoutMs: 3000, // every command is acknowledged at once (the result itself may take a minute)
    commands: { start: AND_COMMANDS.start, abort: AND_COMMANDS.stop, requestResult: AND_COMMANDS.readResult },
    createParser: createAndParser,
  },
  'omron-csv': {
    ...shared('omron-csv'),
    reportsCuffPressure: false,
    pollsForResults: false,
    pollIntervalMs: null,
    interByteTimeoutMs: OMRON_INTER_BYTE_TIMEOUT_MS,
    silenceTimeoutMs: null, // it sends only when a measurement is done
    commands: {},
    createParser: createOmronCsvParser,
  },
  accutorr: {
    ...shared('accutorr'),
    reportsCuffPressure: false,
    pollsForResults: true,
    pollIntervalMs: ACCUTORR_POLL_MS,
    interByteTimeoutMs: ACCUTORR_INTER_BYTE_TIMEOUT_MS,
    silenceTimeoutMs: 3 * ACCUTORR_POLL_MS,
    commands: { poll: ACCUTORR_POLL },
    createParser: createAccutorrParser,
  },
};

export const PROTOCOL_NAMES = Object.keys(PROTOCOLS) as ProtocolName[];

/** The driver for a protocol name as typed in settings or on a command line; null if unknown. */
export function protocolByName(name: string): ProtocolDriver | null {
  return Object.prototype.hasOwnProperty.call(PROTOCOLS, name) ? PROTOCOLS[name as ProtocolName] : null;
}
