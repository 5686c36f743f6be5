import type { z } from 'zod';
import type { DomainError } from '../domain/errors';
import { isMessageKey, translate, type MessageKey } from '../i18n/translate';
import { MESSAGE_PARAMS } from './schemas';
import type { ApiError } from './result';

/** Swedish text for a catalog key used as a schema message (with its limits filled in). */
export function fieldMessage(key: string): string {
  return isMessageKey(key) ? translate(key, MESSAGE_PARAMS[key] ?? {}) : translate('validation.invalid');
}

/** A failed zod parse as a typed error: one Swedish message per field, first issue wins. */
export function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    fields[field] ??= fieldMessage(issue.message);
  }
  return { code: 'VALIDATION', message: translate('error.validation'), fields };
}

export function domainErrorToApiError(error: DomainError): ApiError {
  const message = translate(error.messageKey, error.params);
  return error.field ? { code: error.code, message, fields: { [error.field]: message } } : { code: error.code, message };
}

export function apiError(code: ApiError['code'], key: MessageKey, params: Record<string, string | number> = {}): ApiError {
  return { code, message: translate(key, params) };
}
