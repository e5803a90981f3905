// The chair-time report: per day, how long discharged patients sat from the dose to "ready to leave"
// and to the actual discharge, so a clinic can see how much of its chair time is the 2-hour rule.
import type { ChairTimeDay } from '../../../shared/api/views';
import { deriveSession } from '../../../shared/domain/observation';
import type { SessionRepository } from '../records/session-repository';
import { localDate, localMidnight } from '../local-dates';

const MINUTE = 60_000;

/** Nearest-rank percentile of sorted values (p in 0..100); null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

function spread(values: number[]): ChairTimeDay['toReadyMin'] {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p90: percentile(sorted, 90), count: sorted.length };
}

export function chairTimeReport(repo: SessionRepository, from: string, to: string): ChairTimeDay[] {
  const days = new Map<string, { sessions: number; toReady: number[]; toDischarge: number[] }>();
  for (let t = localMidnight(from), i = 1; t < localMidnight(to, 1); t = localMidnight(from, i++)) {
    days.set(localDate(t), { sessions: 0, toReady: [], toDischarge: [] });
  }
  const sessions = repo.dischargedCheckedInBetween(new Date(localMidnight(from)).toISOString(), new Date(localMidnight(to, 1)).toISOString());
  for (const s of sessions) {
    const closedAt = Date.parse(s.closure.at);
    const d = deriveSession(s.record, repo.entries(s.record.id), s.closure, closedAt);
    const day = days.get(localDate(Date.parse(s.record.checkedInAt)));
    const anchor = d.timer.anchorAt;
    if (!day || anchor === null) continue;
    day.sessions += 1;
    day.toDischarge.push(Math.round((closedAt - anchor) / MINUTE));
    if (d.readyToLeaveAt !== null) day.toReady.push(Math.round((d.readyToLeaveAt - anchor) / MINUTE));
  }
  return [...days].map(([date, v]) => ({ date, sessions: v.sessions, toReadyMin: spread(v.toReady), toDischargeMin: spread(v.toDischarge) }));
}
