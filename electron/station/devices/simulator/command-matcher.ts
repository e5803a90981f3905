// Picks the station's commands out of the bytes a simulated monitor receives. Commands are fixed byte
// strings (DEVICES.md gives each one whole), so matching them is enough; anything else is ignored,
// as a real module ignores what it cannot frame.

export interface KnownCommand<N extends string = string> {
  name: N;
  bytes: Uint8Array;
}

export class CommandMatcher<N extends string> {
  private buffer: number[] = [];
  private readonly longest: number;

  constructor(private readonly commands: readonly KnownCommand<N>[]) {
    this.longest = Math.max(1, ...commands.map((c) => c.bytes.length));
  }

  /** The commands completed by these bytes, in the order they arrived. */
  push(bytes: Uint8Array): N[] {
    this.buffer.push(...bytes);
    const found: N[] = [];
    for (;;) {
      let best: { at: number; command: KnownCommand<N> } | null = null;
      for (const command of this.commands) {
        const at = indexOf(this.buffer, command.bytes);
        if (at >= 0 && (best === null || at < best.at)) best = { at, command };
      }
      if (!best) break;
      found.push(best.command.name);
      this.buffer = this.buffer.slice(best.at + best.command.bytes.length);
    }
    // Keep only what could still be the start of a command.
    if (this.buffer.length > this.longest - 1) this.buffer = this.buffer.slice(this.buffer.length - (this.longest - 1));
    return found;
  }
}

function indexOf(haystack: number[], needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
