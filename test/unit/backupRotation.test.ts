import {
  addDays,
  addHours,
  differenceInCalendarDays,
  differenceInCalendarISOWeeks,
  differenceInCalendarMonths,
  format,
  getISOWeek,
  getISOWeekYear,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RotatedBackup } from '../../shared/domain/backupRotation';
import type { BackupKind } from '../../shared/domain/types';

const local = (at: Date) => format(at, "yyyy-MM-dd'T'HH:mm:ss");
const backup = (at: Date, kind: BackupKind = 'automatic'): RotatedBackup => ({
  fileName: `handledning-${format(at, 'yyyyMMdd-HHmmss')}-${kind.toLowerCase()}.sqlite`,
  kind,
  createdAt: local(at),
});
const parse = (createdAt: string) => new Date(createdAt);

/**
 * The promise, written out with date-fns calendar arithmetic (not the buckets the rotation
 * builds): the newest automatic backup of each calendar day 0-6 days back, of each ISO week
 * 0-3 weeks back and of each month 0-11 months back, and the newest of all.
 */
function promisedAutomatic(history: readonly RotatedBackup[], now: Date): Set<string> {
  const automatic = history.filter((b) => b.kind === 'automatic');
  const newestOf = (key: (at: Date) => string, inRange: (at: Date) => boolean) => {
    const newest = new Map<string, RotatedBackup>();
    for (const b of automatic) {
      const at = parse(b.createdAt);
      if (!inRange(at)) continue;
      const current = newest.get(key(at));
      if (!current || parse(current.createdAt) < at) newest.set(key(at), b);
    }
    return [...newest.values()].map((b) => b.fileName);
  };
  const promised = new Set([
    ...newestOf(
      (at) => format(at, 'yyyy-MM-dd'),
      (at) => differenceInCalendarDays(now, at) < 7,
    ),
    ...newestOf(
      (at) => `${getISOWeekYear(at)}-${getISOWeek(at)}`,
      (at) => differenceInCalendarISOWeeks(now, at) < 4,
    ),
    ...newestOf(
      (at) => format(at, 'yyyy-MM'),
      (at) => differenceInCalendarMonths(now, at) < 12,
    ),
  ]);
  const newest = automatic.reduce<RotatedBackup | null>((a, b) => (!a || parse(a.createdAt) < parse(b.createdAt) ? b : a), null);
  if (newest) promised.add(newest.fileName);
  return promised;
}

/** A fixed pseudo-random sequence, so every run sees the same 400 days. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('rotation over 400 days with a fake clock', () => {
  it('keeps exactly the promised backups every day, and every manual one', () => {
    const random = sequence(20260501);
    const kept = new Map<string, RotatedBackup>();
    const history: RotatedBackup[] = [];
    const manual: string[] = [];
    let now = new Date(2025, 10, 20, 7, 30, 0);

    for (let day = 0; day < 400; day += 1) {
      // Some days the computer is off; some days it makes two or three backups.
      const made = random() < 0.15 ? 0 : 1 + Math.floor(random() * 3);
      for (let i = 0; i < made; i += 1) {
        now = addHours(now, 1 + Math.floor(random() * 4));
        const automatic = backup(now);
        history.push(automatic);
        kept.set(automatic.fileName, automatic);
        if (random() < 0.05) {
          const own = backup(addHours(now, 0.5), random() < 0.5 ? 'manual' : 'beforeRestore');
          kept.set(own.fileName, own);
          manual.push(own.fileName);
        }
        for (const fileName of backupsToDelete([...kept.values()], local(now))) kept.delete(fileName);
      }

      const automaticKept = [...kept.values()].filter((b) => b.kind === 'automatic').map((b) => b.fileName);
      if (made > 0) expect(new Set(automaticKept), `day ${day}`).toEqual(promisedAutomatic(history, now));
      expect(automaticKept.length).toBeLessThanOrEqual(7 + 4 + 12 + 1);
      for (const fileName of manual) expect(kept.has(fileName), fileName).toBe(true);
      now = addDays(now, 1);
      now.setHours(6 + Math.floor(random() * 4), 0, 0, 0);
    }
    expect(history.length).toBeGreaterThan(500);
    // The oracle re-reads the whole history every day (some 300,000 date-fns calls): seconds on
    // a busy 2-core machine, so more room than vitest's default 5 s. A guard, not a timing assert.
  }, 60_000);
});

describe('what rotation never deletes', () => {
  const now = new Date(2026, 4, 14, 12, 0, 0);

  it('the newest automatic backup, even when it is older than every bucket', () => {
    const old = [backup(new Date(2024, 0, 3, 9)), backup(new Date(2024, 0, 3, 10)), backup(new Date(2023, 5, 1, 9))];
    expect(backupsToDelete(old, local(now)).sort()).toEqual([old[0]!.fileName, old[2]!.fileName].sort());
  });

  it('manual, pre-migration and pre-restore backups, however many and however old', () => {
    const own = (['manual', 'beforeMigration', 'beforeRestore'] as const).flatMap((kind) =>
      [0, 1, 2, 40, 400].map((daysBack) => backup(addDays(now, -daysBack), kind)),
    );
    expect(backupsToDelete(own, local(now))).toEqual([]);
  });

  it('a backup dated after now, from a clock that was turned back', () => {
    const future = backup(addDays(now, 30));
    const today = [backup(addHours(now, -2)), backup(addHours(now, -1))];
    expect(backupsToDelete([future, ...today], local(now))).toEqual([today[0]!.fileName]);
  });

  it('nothing when there is nothing', () => {
    expect(backupsToDelete([], local(now))).toEqual([]);
  });
});

describe('the buckets', () => {
  it('keeps one per day for the last 7 days, counting today', () => {
    const now = new Date(2026, 4, 14, 23, 0, 0);
    const twoPerDay = Array.from({ length: 7 }, (_, daysBack) => [
      backup(addHours(addDays(now, -daysBack), -10)),
      backup(addHours(addDays(now, -daysBack), -1)),
    ]);
    const deleted = backupsToDelete(twoPerDay.flat(), local(now));
    expect(deleted.sort()).toEqual(twoPerDay.map(([morning]) => morning!.fileName).sort());
  });

  it('counts ISO weeks across a new year (2026-W53 and 2027-W01)', () => {
    const now = new Date(2027, 0, 20, 12, 0, 0); // Wednesday of 2027-W03
    const w53 = [backup(new Date(2026, 11, 29, 9)), backup(new Date(2026, 11, 31, 9))];
    const w52 = backup(new Date(2026, 11, 22, 9)); // four weeks back: outside the weeks, inside December
    const december = backup(new Date(2026, 11, 1, 9));
    const deleted = backupsToDelete([...w53, w52, december], local(now));
    // 2026-12-31 is the newest of W53 and of December; the 29th is neither.
    expect(deleted.sort()).toEqual([w53[0]!.fileName, w52.fileName, december.fileName].sort());
  });
});
