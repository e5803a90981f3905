// The core's boundary: every request from any transport passes here. Its input is validated
// against the contract before anything runs; refusals become clear messages, never exceptions.
import type { z } from 'zod';
import { REQUESTS, type ApiError, type ApiResponse, type ParsedInput, type RequestName, type RequestResult } from '../../shared/api/contract';
import { StationError } from './station-error';

/** Handlers answer at once; the few that must wait on the operating system (listing serial ports) answer with a promise. */
export type Handlers = { [K in RequestName]: (input: ParsedInput<K>) => RequestResult<K> | Promise<RequestResult<K>> };

function isRequestName(method: string): method is RequestName {
  return Object.prototype.hasOwnProperty.call(REQUESTS, method);
}

function issuesOf(error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return { code: 'invalid-input', message: issues[0]?.message ?? 'The input is not valid', issues };
}

/** When the records could not be written for a reason outside the station (a full disk, a read-only
 *  or failing drive), what to tell the nurse; null for any other failure. */
export function storageProblem(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return 'the disk is full';
  if (code.startsWith('SQLITE_READONLY')) return 'the records folder is read-only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'the disk could not be written';
  return null;
}

function refusal(e: unknown, log: (e: unknown) => void): ApiResponse<never> {
  if (e instanceof StationError) {
    return { ok: false, error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) } };
  }
  log(e);
  const storage = storageProblem(e);
  if (storage) {
    return {
      ok: false,
      error: { code: 'internal', message: `Not saved: ${storage}. Write it down on paper for now; everything saved before is safe. Call the clinic's IT.` },
    };
  }
  return {
    ok: false,
    error: { code: 'internal', message: 'The station could not complete this: nothing was saved. Details are in the station log.' },
  };
}

/** Runs on valid input before its handler: checks who is asking and may hand the handler a changed
 *  input (the signed-in user's name for a token). Throws a StationError to refuse. */
export type Authorize = (method: RequestName, input: unknown) => unknown;

export function routeRequest(
  handlers: Handlers,
  method: string,
  input: unknown,
  log: (e: unknown) => void,
  authorize: Authorize = (_m, i) => i,
): ApiResponse<unknown> | Promise<ApiResponse<unknown>> {
  if (!isRequestName(method)) {
    // The name is someone else's text: shown short and printable only, never as sent.
    const shown = String(method).replace(/[^\w.-]/g, '?').slice(0, 60);
    return { ok: false, error: { code: 'unknown-request', message: `Unknown request "${shown}"` } };
  }
  const parsed = REQUESTS[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: issuesOf(parsed.error) };
  try {
    const handler = handlers[method] as (i: unknown) => unknown;
    const result = handler(authorize(method, parsed.data));
    if (result instanceof Promise) {
      return result.then(
        (value): ApiResponse<unknown> => ({ ok: true, result: value }),
        (e: unknown) => refusal(e, log),
      );
    }
    return { ok: true, result };
  } catch (e) {
    return refusal(e, log);
  }
}
