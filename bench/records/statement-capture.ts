// Which SQL a piece of the station runs, with its parameters: the database handed to it records every
// statement executed through it, so the query plans printed are those of the code as it is, not of a
// copy of its SQL kept here.
import type { Db } from '../../electron/station/db/open-database';

export interface ExecutedStatement {
  sql: string;
  params: unknown[];
}

const RUNS = new Set(['all', 'get', 'iterate', 'run']);

export function capturingDb(db: Db): { db: Db; executed: ExecutedStatement[] } {
  const executed: ExecutedStatement[] = [];
  const wrapStatement = (statement: object) =>
    new Proxy(statement, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        if (!RUNS.has(String(prop))) return value.bind(target);
        return (...params: unknown[]) => {
          executed.push({ sql: (target as { source: string }).source, params });
          return (value as (...a: unknown[]) => unknown).apply(target, params);
        };
      },
    });
  const proxy = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'prepare') return (sql: string) => wrapStatement(target.prepare(sql));
      return value.bind(target);
    },
  });
  return { db: proxy, executed };
}
