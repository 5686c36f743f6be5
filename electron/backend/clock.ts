import { isIsoDate, toIsoDate } from '../../shared/domain/calendar';
import type { IsoDate } from '../../shared/domain/types';

/**
 * The backend's "today". HANDLEDNING_TODAY=YYYY-MM-DD freezes it, so end-to-end tests see
 * the same weeks on any day they run; otherwise it is the computer's local date.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): () => IsoDate {
  const frozen = env.HANDLEDNING_TODAY?.trim();
  if (frozen) {
    if (!isIsoDate(frozen)) throw new Error(`HANDLEDNING_TODAY must be YYYY-MM-DD, got "${frozen}"`);
    return () => frozen;
  }
  return () => toIsoDate(new Date());
}
