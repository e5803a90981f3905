// `npm run device -- doctor --port PATH --protocol NAME [--baud N] [--timeout S]`: checks one monitor
// through the same connection code the station uses, and says in plain words what happened: whether
// the port opened (and why not), what came back, and the reading or the device's error.
// Exit 0 when a reading arrived, 1 otherwise, 2 for a bad command line.
import { DeviceConnection, type ConnectionEvent } from '../../electron/station/devices/device-connection';
import { PROTOCOL_NAMES, protocolByName } from '../../electron/station/devices/protocols';
import type { ProtocolDriver } from '../../electron/station/devices/protocols/types';
import { readFlags, wholeNumberFlag } from './flags';

const DEFAULT_TIMEOUT_S = 120;

const USAGE = `usage: npm run device -- doctor --port PATH --protocol NAME [--baud N] [--timeout SECONDS]
  Opens PATH, starts a measurement where the monitor allows it (otherwise waits for one), and
  reports what happened. Waits at most ${DEFAULT_TIMEOUT_S} s unless --timeout says otherwise.
  NAME: ${PROTOCOL_NAMES.join(', ')}`;

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function waitingHint(driver: ProtocolDriver): string {
  if (driver.canStartMeasurement) return 'Asking the monitor to start a measurement.';
  if (driver.pollsForResults) return 'Asking the monitor for its values; start a measurement on the monitor if it has none.';
  return 'This monitor sends readings by itself: start a measurement on the monitor now.';
}

/** Follows the connection until a result, a lost line, or the timeout; returns the exit code. */
function watch(connection: DeviceConnection, driver: ProtocolDriver, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    let everConnected = false;
    let lastCuffShown = -Infinity;
    const done = (code: number) => {
      clearTimeout(timer);
      resolve(code);
    };
    const timer = setTimeout(() => {
      const stats = connection.stats();
      if (!everConnected) say(`The port did not open within ${timeoutMs / 1000} s.`);
      else if (stats.bytesReceived === 0) say(`Nothing came back from the monitor in ${timeoutMs / 1000} s: check the cable, the baud rate and that the monitor is on.`);
      else if (stats.framesDecoded === 0) say(`Bytes arrived but none made sense as ${driver.label} frames: check the protocol and the baud rate.`);
      else say(`No reading arrived within ${timeoutMs / 1000} s.`);
      done(1);
    }, timeoutMs);

    connection.on((e: ConnectionEvent) => {
      switch (e.type) {
        case 'connecting':
          return;
        case 'connected':
          everConnected = true;
          say(`Port ${e.path} opened.`);
          say(waitingHint(driver));
          if (driver.canStartMeasurement && !connection.measureNow()) say('The start command could not be sent.');
          return;
        case 'disconnected':
          say(everConnected ? `The line was lost: ${e.reason}.` : `The port did not open: ${e.reason}.`);
          return done(1);
        case 'error':
          say(`The port did not open: ${e.message}.`);
          return done(1);
        case 'status':
          if (e.status === 'received') say('The monitor accepted the command and is measuring.');
          else if (e.status === 'complete') say('The monitor finished; asking for the result.');
          else if (e.status === 'ack') say('The monitor acknowledged the command.');
          else if (e.status === 'ready') say('The monitor says it is ready.');
          else if (e.status === 'no-result') say('The monitor answered but holds no blood pressure yet.');
          else if (e.status === 'unchanged') return;
          else if (e.status === 'aborted' || e.status === 'error' || e.status === 'timeout') {
            say(`The monitor ended the measurement: ${e.status}.`);
            return done(1);
          } else say(`The monitor reported: ${e.status}.`); // busy and the like: a 'failed' event follows
          return;
        case 'cuff':
          // Enough to see it move without a line every 200 ms.
          if (Math.abs(e.pressure - lastCuffShown) >= 20) {
            lastCuffShown = e.pressure;
            say(`Cuff pressure ${e.pressure} mmHg.`);
          }
          return;
        case 'skipped':
          return;
        case 'failed':
          say(`The measurement failed: ${e.message}${/^[0-9A-Z]+$/i.test(e.code) && e.code !== 'implausible' ? ` (code ${e.code})` : ''}.`);
          return done(1);
        case 'reading': {
          const extra = [e.map !== null ? `MAP ${e.map}` : null, e.pulse !== null ? `pulse ${e.pulse}` : null].filter(Boolean).join(', ');
          say(`Reading: ${e.systolic}/${e.diastolic} mmHg${extra ? `, ${extra}` : ''}${e.deviceTime ? ` (device time ${e.deviceTime})` : ''}.`);
          return done(0);
        }
      }
    });
  });
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    say(USAGE);
    return 0;
  }
  const flags = readFlags(args, ['port', 'protocol', 'baud', 'timeout']);
  const bad = (message: string) => {
    process.stderr.write(`doctor: ${message}\n${USAGE}\n`);
    return 2;
  };
  if (typeof flags === 'string') return bad(flags);
  if (!flags.port) return bad('--port is required');
  if (!flags.protocol) return bad('--protocol is required');
  const driver = protocolByName(flags.protocol);
  if (!driver) return bad(`unknown protocol: ${flags.protocol}`);
  const baudRate = flags.baud === undefined ? driver.defaultBaud : wholeNumberFlag(flags.baud, 50, 4_000_000);
  if (baudRate === null) return bad(`--baud must be a whole number of bits per second, not "${flags.baud}"`);
  const timeoutS = flags.timeout === undefined ? DEFAULT_TIMEOUT_S : wholeNumberFlag(flags.timeout, 1, 3600);
  if (timeoutS === null) return bad(`--timeout must be a whole number of seconds from 1 to 3600, not "${flags.timeout}"`);

  say(`Checking a ${driver.label} on ${flags.port} at ${baudRate} baud, 8N1.`);
  const connection = new DeviceConnection({ path: flags.port, baudRate, driver });
  const result = watch(connection, driver, timeoutS * 1000);
  connection.open();
  const code = await result;
  const stats = connection.stats();
  await connection.close();
  say(
    `Summary: ${stats.bytesSent} bytes sent, ${stats.bytesReceived} received, ${stats.framesDecoded} frames decoded` +
      `${stats.bytesSkipped ? `, ${stats.bytesSkipped} bytes not understood` : ''}.`,
  );
  say(code === 0 ? 'Result: the monitor works with this station.' : 'Result: no reading from this monitor.');
  return code;
}
