// What the station must tell everyone at the screen about itself, until it is no longer true: the
// records cannot be written, the daily backup failed, the settings file was damaged, the PC's clock
// jumped. Each notice has an id, so the same problem is one notice, and it goes when it is over.
import type { StationNotice } from '../../shared/api/views';
import type { Clock } from './clock';

export class StationNotices {
  private readonly notices = new Map<string, StationNotice & { untilMs: number | null }>();

  constructor(private readonly clock: Clock) {}

  /** Raises or updates a notice; `forMinutes` makes it go by itself (a past event worth knowing). */
  set(id: string, level: StationNotice['level'], text: string, forMinutes: number | null = null): void {
    const now = this.clock.now();
    const existing = this.notices.get(id);
    this.notices.set(id, {
      id,
      level,
      text,
      since: existing?.text === text ? existing.since : new Date(now).toISOString(),
      untilMs: forMinutes === null ? null : now + forMinutes * 60_000,
    });
  }

  clear(id: string): void {
    this.notices.delete(id);
  }

  list(): StationNotice[] {
    const now = this.clock.now();
    for (const [id, n] of this.notices) if (n.untilMs !== null && n.untilMs <= now) this.notices.delete(id);
    return [...this.notices.values()].map(({ untilMs: _u, ...n }) => n);
  }
}
