// Small byte helpers shared by the parsers and encoders (no Node Buffer: this code also runs in tests
// and tools without assuming a runtime).

/** "3E 05 02 01 BA": how binary frames are shown in DEVICES.md and in the decode tool. */
export function hex(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (i ? ' ' : '') + bytes[i].toString(16).toUpperCase().padStart(2, '0');
  return s;
}

/** One character per byte (Latin-1), so no byte is lost or merged whatever the line contains. */
export function latin1(bytes: ArrayLike<number>, start = 0, end = bytes.length): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** The bytes of an ASCII string (characters above 0xFF are not expected and are truncated). */
export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
