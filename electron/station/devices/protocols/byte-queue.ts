// Bytes received but not yet decoded. Parsers drop one byte at a time while resynchronising, so the
// queue advances an offset instead of shifting an array (which would make long garbage quadratic).

export class ByteQueue {
  private bytes: number[] = [];
  private start = 0;

  get length(): number {
    return this.bytes.length - this.start;
  }

  /** The byte `i` places after the first one still queued. */
  at(i: number): number {
    return this.bytes[this.start + i];
  }

  append(chunk: ArrayLike<number>): void {
    for (let i = 0; i < chunk.length; i++) this.bytes.push(chunk[i] & 0xff);
  }

  /** Copies `n` bytes from offset `from` without consuming them. */
  slice(from: number, n: number): number[] {
    return this.bytes.slice(this.start + from, this.start + from + n);
  }

  drop(n: number): void {
    this.start += Math.min(n, this.length);
    if (this.start > 4096 && this.start * 2 > this.bytes.length) {
      this.bytes = this.bytes.slice(this.start);
      this.start = 0;
    }
  }

  clear(): void {
    this.bytes = [];
    this.start = 0;
  }
}
