/** Every API call answers with a Result, never by throwing across the process boundary. */
export type ApiErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN_SENDER'
  /** Desktop: a folder that did not come from the system folder dialog. */
  | 'FOLDER_NOT_PICKED'
  | 'STORAGE'
  | 'DISK_FULL'
  | 'RECOVERY_MODE'
  | 'NETWORK'
  | 'INTERNAL';

export interface ApiError {
  code: ApiErrorCode;
  /** Swedish, ready to show. */
  message: string;
  /** Swedish messages per input field, to show next to the field. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
