import type { MessageKey } from '../i18n/translate';

/**
 * A rule of the routine was broken (e.g. moving a session out of its week). Thrown by
 * domain and service code, turned into a typed API error with a Swedish message at the
 * API boundary. `field` names the input field the message belongs next to, if any.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT';
