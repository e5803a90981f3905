// The error every API call rejects with: the core's refusal (code, message, field issues), or a
// transport failure, so forms can show the message at the action and each issue at its field.
import type { ApiError, ErrorCode } from '../../../shared/api/contract';

export type ClientErrorCode = ErrorCode | 'connection-lost' | 'no-answer';

export interface FieldIssue {
  path: string;
  message: string;
}

export class StationApiError extends Error {
  readonly code: ClientErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ClientErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'StationApiError';
    this.code = code;
    this.issues = issues;
  }

  static fromApiError(error: ApiError): StationApiError {
    return new StationApiError(error.code, error.message, error.issues ?? []);
  }
}

export function toStationApiError(e: unknown): StationApiError {
  if (e instanceof StationApiError) return e;
  const message = e instanceof Error && e.message ? e.message : 'Something went wrong: nothing was saved';
  return new StationApiError('internal', message);
}
