// Framing for the ASCII protocols that send one record per line (Omron CSV, Accutorr). CR, LF or
// CR LF end a line; blank lines are ignored. A line longer than any real record is garbage from a
// wrong baud rate or a line without its end: it is dropped so the next record can be found.
import { latin1 } from './bytes';
import type { EventList } from './event-list';
import { FramedParser } from './framed-parser';

const CR = 0x0d;
const LF = 0x0a;

export abstract class LineParser extends FramedParser {
  constructor(
    interByteTimeoutMs: number,
    private readonly maxLineLength: number,
  ) {
    super(interByteTimeoutMs);
  }

  /** Decode one line (without its end). Return false when it is not a record at all. */
  protected abstract line(text: string, out: EventList): boolean;

  /** A byte at the start of a line that is a message by itself (a prompt); return true to consume it. */
  protected lineStart(_byte: number, _out: EventList): boolean {
    return false;
  }

  protected drain(final: boolean, out: EventList): void {
    const q = this.queue;
    while (q.length > 0) {
      if (this.lineStart(q.at(0), out)) {
        q.drop(1);
        continue;
      }
      let end = 0;
      while (end < q.length && q.at(end) !== CR && q.at(end) !== LF) end++;
      if (end === q.length) {
        if (q.length > this.maxLineLength || final) {
          out.skip(q.length);
          q.clear();
        }
        return;
      }
      const text = latin1(q.slice(0, end));
      q.drop(end + 1);
      if (text.trim() === '') continue;
      if (!this.line(text, out)) out.skip(end + 1);
    }
  }
}

/**
 * Finds `tag` in a line that may carry noise in front (bytes that arrived between records). The noise
 * is reported as skipped and the record from the tag on is returned; null when the tag is absent.
 */
export function fromTag(text: string, tag: string, out: EventList): string | null {
  const at = text.lastIndexOf(tag);
  if (at < 0) return null;
  out.skip(at);
  return text.slice(at);
}

/** A whole number written with digits only (leading zeros and padding spaces allowed). */
export function wholeNumber(field: string | undefined): number | null {
  const t = field?.trim() ?? '';
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}
