// A prototype of the fix for the two statements that should read only a few rows and read every
// session ever recorded instead: the open sessions (the board, every heartbeat, every change) and the
// REMS forms due. The station keeps both small sets in tables of their own (open_sessions,
// rems_forms_outstanding, migration 8), but joins them with a plain JOIN, and SQLite, which has no
// statistics here (the station never runs ANALYZE), starts from the big table: it walks
// sessions_by_check_in (or closures_by_time) for the ORDER BY and probes the small table once per row.
// CROSS JOIN makes SQLite start from the table written first, the small one; the ORDER BY is then
// a sort of a few rows.
//
// Here it is tried on a copy of the records: while the figures are taken, the station's two
// statements are prepared as these instead (better-sqlite3's prepare is wrapped for the duration).
import Database from 'better-sqlite3';

export const FIXED_OPEN_SESSIONS_SQL = 'SELECT s.* FROM open_sessions o CROSS JOIN sessions s ON s.id = o.session_id ORDER BY s.checked_in_at';

/** The forms-due statement starting from the outstanding table, with the station's own column list. */
export function fixedFormsDueSql(stationSql: string): string {
  const columns = stationSql.slice(0, stationSql.search(/\sFROM\s/));
  return `${columns} FROM rems_forms_outstanding r CROSS JOIN closures c ON c.session_id = r.session_id CROSS JOIN sessions s ON s.id = r.session_id ORDER BY c.at`;
}

const normalized = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * Runs `measure` while every statement the station prepares whose text is a key of `swaps` is
 * prepared as its value instead. Returns how many statements were swapped, to show it took effect.
 */
export async function withSwappedStatements<T>(swaps: Map<string, string>, measure: () => Promise<T>): Promise<{ result: T; swapped: number }> {
  const byText = new Map([...swaps].map(([from, to]) => [normalized(from), to]));
  const prototype = Database.prototype as unknown as { prepare: (sql: string) => unknown };
  const original = prototype.prepare;
  let swapped = 0;
  prototype.prepare = function prepare(this: unknown, sql: string) {
    const replacement = byText.get(normalized(sql));
    if (replacement !== undefined) swapped++;
    return original.call(this, replacement ?? sql);
  };
  try {
    return { result: await measure(), swapped };
  } finally {
    prototype.prepare = original;
  }
}
