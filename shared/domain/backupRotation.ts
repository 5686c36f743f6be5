import { addDaysIso, weekKeyOf } from './calendar';
import type { BackupKind, IsoDate } from './types';

/** What rotation needs of a backup: its name, kind and local creation time (YYYY-MM-DDTHH:MM:SS). */
export interface RotatedBackup {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
}

export const ROTATION = { days: 7, weeks: 4, months: 12 } as const;

/**
 * The automatic backups rotation deletes. Kept: the newest automatic backup of each of the
 * last 7 days, of each of the last 4 ISO weeks and of each of the last 12 calendar months
 * (buckets counted back from `now`, the current one included), and always the newest one
 * overall, however old. Backups of any other kind (manual, before a migration, before a
 * restore) are the user's or a safety step's, and are never deleted here.
 */
export function backupsToDelete(backups: readonly RotatedBackup[], now: string): string[] {
  const automatic = backups.filter((b) => b.kind === 'automatic');
  const newestFirst = [...automatic].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const today: IsoDate = now.slice(0, 10);

  const days = new Set(Array.from({ length: ROTATION.days }, (_, i) => addDaysIso(today, -i)));
  const weeks = new Set(Array.from({ length: ROTATION.weeks }, (_, i) => weekKeyOf(addDaysIso(today, -7 * i))));
  const months = new Set(Array.from({ length: ROTATION.months }, (_, i) => monthsBack(today, i)));
  const buckets: { covered: Set<string>; of: (date: IsoDate) => string }[] = [
    { covered: days, of: (date) => date },
    { covered: weeks, of: weekKeyOf },
    { covered: months, of: (date) => date.slice(0, 7) },
  ];

  const kept = new Set<string>();
  if (newestFirst[0]) kept.add(newestFirst[0].fileName);
  for (const { covered, of } of buckets) {
    const filled = new Set<string>();
    for (const backup of newestFirst) {
      const bucket = of(backup.createdAt.slice(0, 10));
      if (covered.has(bucket) && !filled.has(bucket)) {
        filled.add(bucket);
        kept.add(backup.fileName);
      }
    }
  }
  // A backup dated after `now` (the clock was turned back) is not understood: it is kept.
  return newestFirst.filter((b) => !kept.has(b.fileName) && b.createdAt.slice(0, 10) <= today).map((b) => b.fileName);
}

/** "YYYY-MM" of the month `count` months before the month of `date`. */
function monthsBack(date: IsoDate, count: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
