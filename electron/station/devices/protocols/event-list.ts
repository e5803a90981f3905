// Collects a parser's events for one push. Dropped bytes are merged into one 'skipped' event per run
// of garbage, so a burst of noise reads as "skipped 37 bytes" rather than 37 lines.
import type { DeviceEvent } from './types';

export class EventList {
  readonly events: DeviceEvent[] = [];

  add(event: DeviceEvent): void {
    this.events.push(event);
  }

  skip(bytes: number): void {
    if (bytes <= 0) return;
    const last = this.events[this.events.length - 1];
    if (last?.type === 'skipped') last.bytes += bytes;
    else this.events.push({ type: 'skipped', bytes });
  }
}
