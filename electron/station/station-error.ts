// An expected refusal: the user gets its message, nothing was changed.
import type { ErrorCode } from '../../shared/api/contract';

export class StationError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'StationError';
  }
}

export const notAllowed = (message: string, path?: string) =>
  new StationError('not-allowed', message, path ? [{ path, message }] : undefined);
export const notFound = (message: string) => new StationError('not-found', message);
