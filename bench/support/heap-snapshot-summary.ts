// Where a V8 heap's bytes are, from a heap snapshot (the DevTools format that Chromium and Node both
// write): self sizes added up by kind of object, and the kinds that grew most between two snapshots.
// Used when a soak's heap grows, to tell a leak (more of the same objects) from warm-up (compiled
// code and type feedback for code paths the shift reaches only later).

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export type HeapSummary = Map<string, { count: number; bytes: number }>;

/** Kinds whose names are contents (a string's text, a number's value): counted by kind alone. */
const NAMELESS = new Set(['string', 'concatenated string', 'sliced string', 'number', 'bigint', 'symbol']);

export function summarizeHeapSnapshot(json: string): HeapSummary {
  const snap = JSON.parse(json) as SnapshotJson;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const summary: HeapSummary = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    const name = snap.strings[snap.nodes[i + nameAt]];
    const key = NAMELESS.has(type) ? type : `${type} ${name.length > 60 ? `${name.slice(0, 57)}...` : name}`;
    const entry = summary.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snap.nodes[i + sizeAt];
    summary.set(key, entry);
  }
  return summary;
}

/** The `top` kinds that grew most in bytes from `before` to `after`, one line each. */
export function heapGrowthLines(before: HeapSummary, after: HeapSummary, top = 12): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const rows = [...keys].map((key) => {
    const b = before.get(key) ?? { count: 0, bytes: 0 };
    const a = after.get(key) ?? { count: 0, bytes: 0 };
    return { key, bytes: a.bytes - b.bytes, count: a.count - b.count };
  });
  const total = (s: HeapSummary) => [...s.values()].reduce((sum, e) => sum + e.bytes, 0);
  const kb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024).toFixed(1)} KB`;
  return [
    `snapshot total ${(total(before) / 1024).toFixed(0)} KB -> ${(total(after) / 1024).toFixed(0)} KB (${kb(total(after) - total(before))})`,
    ...rows
      .sort((x, y) => y.bytes - x.bytes)
      .slice(0, top)
      .map((r) => `${kb(r.bytes).padStart(11)}  ${`${r.count >= 0 ? '+' : ''}${r.count}`.padStart(7)} objects  ${r.key}`),
  ];
}
