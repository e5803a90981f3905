// A protocol in one line, for the admin's list: the dose, the minimum observation and the checks;
// and which version it is, saved by whom and when.
import type { ProtocolAdminView } from '../../../../shared/api/views';
import type { Protocol } from '../../../../shared/domain/protocols';
import { dateAndClock } from '../../format/time';

const ROUTE_WORDS = { IV: 'IV infusion', IM: 'IM injection', sublingual: 'sublingual' } as const;

export function protocolSummary(p: Protocol): string {
  const dose =
    p.dose.kind === 'spravato-devices'
      ? `${p.dose.devices} × ${p.dose.mgPerDevice} mg devices, ${p.dose.restBetweenDevicesMin} min apart`
      : `ketamine, ${ROUTE_WORDS[p.dose.route]}`;
  const timed = p.checks.filter((c) => c.when === 'timed').map((c) => c.atMin).sort((a, b) => a - b);
  const checks = timed.length > 0 ? `checks at ${timed.join(', ')} min` : 'no timed checks';
  return `${dose} · minimum ${p.minimumObservationMin} min · ${checks}`;
}

/** "Version 2 · saved 26 Nov 2025, 10:42 by Ada Admin". */
export function versionLine(view: ProtocolAdminView): string {
  return `Version ${view.protocol.version ?? 1} · saved ${dateAndClock(view.savedAt)} by ${view.savedBy}`;
}
