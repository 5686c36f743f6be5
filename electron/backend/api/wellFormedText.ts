import { fieldMessage } from '../../../shared/api/errors';
import type { ApiError } from '../../../shared/api/result';
import { translate } from '../../../shared/i18n/translate';

// SQLite stores text as UTF-8, where half of a surrogate pair (a broken paste, an emoji cut
// in two) has no form: it would be saved as U+FFFD, not as what the caller was told was
// saved. So every string in a call, keys included, must be well-formed Unicode before the
// contract even looks at it, whichever host (IPC, HTTP, a direct call) it came through.

/** A lone surrogate: with the u flag, a paired one reads as one code point and does not match. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Field paths longer than this are shown as the whole call: a hostile key is not echoed. */
const PATH_MAX = 200;

/** The field path of the first string (or key) in the input that is not well-formed, else null. */
export function illFormedTextPath(input: unknown): string | null {
  const seen = new WeakSet<object>();
  // A stack, not recursion: an input may nest thousands of levels deep.
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return fieldPath(path);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      if (LONE_SURROGATE.test(key)) return fieldPath(path);
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

function fieldPath(path: string[]): string {
  const joined = path.join('.');
  return joined === '' || joined.length > PATH_MAX ? '_' : joined;
}

/** The same typed VALIDATION error a refused schema gives, with the message next to the field. */
export function illFormedTextError(field: string): ApiError {
  return {
    code: 'VALIDATION',
    message: translate('error.validation'),
    fields: { [field]: fieldMessage('validation.textNotWellFormed') },
  };
}
