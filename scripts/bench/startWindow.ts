import type { IsoDate } from '../../shared/domain/types';

/** The seeded history's last day (SEED_TODAY, repeated here so the start-up children load nothing else). */
export const START_TODAY: IsoDate = '2026-12-02';
/** The plan view's 16 weeks: twelve back (held, moved, cancelled) and four ahead of Monday 30 November 2026. */
export const PLAN_WINDOW: { from: IsoDate; to: IsoDate } = { from: '2026-09-07', to: '2026-12-27' };
