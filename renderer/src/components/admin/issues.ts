// The core's refusal, read field by field: each editor field finds the messages that name it.
import type { StationApiError } from '../../api/station-api-error';

/** The messages at `path` exactly, joined; undefined when there are none. */
export function messageAt(error: StationApiError | null, path: string): string | undefined {
  return joined(error?.issues.filter((i) => i.path === path).map((i) => i.message));
}

/** The messages at `path` or anywhere below it (e.g. a BP limit and its systolic value). */
export function messagesUnder(error: StationApiError | null, path: string): string | undefined {
  return joined(error?.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message));
}

function joined(messages: string[] | undefined): string | undefined {
  if (!messages || messages.length === 0) return undefined;
  return [...new Set(messages)].join(' · ');
}
