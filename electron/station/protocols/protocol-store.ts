// The clinic's protocols, versioned: every saved change (and every retirement) is a new row, never an
// edit, so a session that started on version 1 keeps exactly that version, and the record can always
// say which version it ran on. The built-in protocols are the first versions of a new station.
import type { ProtocolAdminView } from '../../../shared/api/views';
import type { ProtocolDraft } from '../../../shared/api/protocol-schema';
import { protocolIssues } from '../../../shared/domain/protocol-rules';
import { BUILT_IN_PROTOCOLS, type Protocol } from '../../../shared/domain/protocols';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { StationError, notAllowed, notFound } from '../station-error';

interface VersionRow {
  id: string;
  version: number;
  protocol_json: string;
  retired: 0 | 1;
  saved_at: string;
  saved_by: string;
}

const SEEDED_BY = 'Observation Station (built-in)';

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'protocol';
}

export class ProtocolStore {
  private cache: ProtocolAdminView[] | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.db
      .transaction(() => {
        const any = this.db.prepare('SELECT 1 FROM protocol_versions LIMIT 1').get();
        if (any) return;
        const at = new Date(this.clock.now()).toISOString();
        for (const p of BUILT_IN_PROTOCOLS) this.insert({ ...p, version: 1 }, false, at, SEEDED_BY);
      })
      .immediate();
  }

  /** Every protocol at its latest version, retired ones included (for the admin screen). */
  all(): ProtocolAdminView[] {
    if (this.cache) return this.cache;
    const rows = this.db
      .prepare<[], VersionRow>(
        `SELECT v.* FROM protocol_versions v
         WHERE v.version = (SELECT MAX(version) FROM protocol_versions w WHERE w.id = v.id)
         ORDER BY (SELECT MIN(rowid) FROM protocol_versions f WHERE f.id = v.id)`,
      )
      .all();
    this.cache = rows.map((r) => ({ protocol: JSON.parse(r.protocol_json) as Protocol, retired: r.retired === 1, savedAt: r.saved_at, savedBy: r.saved_by }));
    return this.cache;
  }

  /** The protocols a patient can be checked in on now. */
  active(): Protocol[] {
    return this.all()
      .filter((p) => !p.retired)
      .map((p) => p.protocol);
  }

  /** Saves a new protocol (no id) or a new version of one; refuses a protocol that breaks a rule. */
  save(draft: ProtocolDraft, by: string): Protocol {
    const issues = protocolIssues({ ...draft, id: draft.id ?? 'new' });
    if (issues.length > 0) {
      throw new StationError('invalid-input', issues[0].message, issues.map((i) => ({ path: `protocol.${i.path}`, message: i.message })));
    }
    const { version: startedFrom, ...fields } = draft;
    return this.writeVersion(
      draft.id ?? null,
      (current) => {
        if (current && startedFrom !== undefined && current.protocol.version !== startedFrom) {
          throw notAllowed(`${current.protocol.name} was changed by ${current.savedBy} (version ${current.protocol.version}) after you opened it: open it again`, 'protocol.version');
        }
        return { protocol: { ...fields, id: draft.id ?? this.newId(draft.name) }, retired: current?.retired ?? false };
      },
      by,
    );
  }

  /** Retires a protocol (no new check-ins) or brings it back; sessions already on it are unchanged. */
  setRetired(id: string, retired: boolean, by: string): Protocol {
    return this.writeVersion(
      id,
      (current) => {
        if (current!.retired === retired) throw notAllowed(`${current!.protocol.name} is already ${retired ? 'retired' : 'in use'}`);
        return { protocol: current!.protocol, retired };
      },
      by,
    );
  }

  /**
   * Brings a protocol from another station's settings file: a new one keeps its id; a known one gets a
   * new version only when it differs. Answers whether anything changed. Call inside a transaction.
   */
  importProtocol(protocol: Protocol, retired: boolean, by: string): boolean {
    const { version: _v, ...incoming } = protocol;
    const current = this.all().find((p) => p.protocol.id === protocol.id);
    if (current) {
      const { version: _cv, ...existing } = current.protocol;
      if (current.retired === retired && JSON.stringify(sortedKeys(existing)) === JSON.stringify(sortedKeys(incoming))) return false;
    }
    this.insert({ ...incoming, version: (current?.protocol.version ?? 0) + 1 }, retired, new Date(this.clock.now()).toISOString(), by);
    this.cache = null;
    return true;
  }

  private writeVersion(id: string | null, next: (current: ProtocolAdminView | null) => { protocol: Protocol; retired: boolean }, by: string): Protocol {
    let saved: Protocol | null = null;
    this.db
      .transaction(() => {
        this.cache = null;
        const current = id === null ? null : (this.all().find((p) => p.protocol.id === id) ?? null);
        if (id !== null && !current) throw notFound(`There is no protocol "${id}"`);
        const { protocol, retired } = next(current);
        const name = protocol.name.trim().toLowerCase();
        const clash = this.all().find((p) => p.protocol.id !== protocol.id && p.protocol.name.trim().toLowerCase() === name && !p.retired);
        if (clash && !retired) throw notAllowed(`Another protocol is already called "${protocol.name}"`, 'protocol.name');
        saved = { ...protocol, version: (current?.protocol.version ?? 0) + 1 };
        this.insert(saved, retired, new Date(this.clock.now()).toISOString(), by);
        this.cache = null;
      })
      .immediate();
    return saved!;
  }

  private newId(name: string): string {
    const base = slug(name);
    const taken = new Set(this.all().map((p) => p.protocol.id));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private insert(p: Protocol, retired: boolean, at: string, by: string): void {
    this.db
      .prepare('INSERT INTO protocol_versions (id, version, protocol_json, retired, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(p.id, p.version ?? 1, JSON.stringify(p), retired ? 1 : 0, at, by);
  }
}

/** The same object with its keys in one order at every level, so two equal protocols compare equal. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
}
