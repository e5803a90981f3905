// Why a port would not open, in words a clinic's installer can act on, and whether it simply is
// not there (unplugged: a disconnection) or is there but refused (an error to fix).
import { existsSync } from 'node:fs';

export interface OpenFailure {
  /** The port does not exist (unplugged, renamed): retry quietly, look for it by USB identity. */
  missing: boolean;
  message: string;
}

export function describeOpenFailure(path: string, err: unknown): OpenFailure {
  const raw = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const missing =
    code === 'ENOENT' || /no such file|not found|cannot find the file/i.test(raw) || (!/^COM\d+$/i.test(path) && !existsSync(path));
  if (missing) return { missing, message: `${path} is not there (unplugged, or its name changed)` };
  if (code === 'EACCES' || /permission denied|access denied/i.test(raw)) {
    return { missing, message: `no permission to open ${path} (on Linux the user must be in the dialout group)` };
  }
  if (/cannot lock|resource temporarily unavailable|busy/i.test(raw)) {
    return { missing, message: `${path} is in use by another program` };
  }
  return { missing, message: `cannot open ${path}: ${raw}` };
}
