import { isIsoDate, toIsoDate } from '../../shared/domain/calendar';
import type { IsoDate } from '../../shared/domain/types';

/**
 * The computer's clock: the one place the backend reads it. Everything else takes `now` (and
 * `today`) injected, so tests and end-to-end runs can freeze the time the app sees.
 */
export const computerNow = (): Date => new Date();

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
  return () => toIsoDate(computerNow());
}

/** The backend's day and time of day, as the app stamps what it saves. */
export interface BackendClock {
  /** Frozen in tests and end-to-end runs, so stamps carry that day. */
  today: () => IsoDate;
  now: () => Date;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * Local time, no zone, to the second: "2026-11-23T14:05:12". The day is the backend's
 * `today`. Written out rather than with date-fns' format, whose loading (about 15 ms) the
 * start would otherwise pay.
 */
export function localTimestamp({ today, now }: BackendClock): string {
  const at = now();
  return `${today()}T${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}:${twoDigits(at.getSeconds())}`;
}
