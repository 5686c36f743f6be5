import type { Db } from './database';

/** The app's own remembered choices (not domain data). */
export type SettingKey = 'lastUnitId';

export function createSettingsRepository(db: Db) {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );

  return {
    get(key: SettingKey): string | null {
      return (select.get(key) as string | undefined) ?? null;
    },
    set(key: SettingKey, value: string): void {
      upsert.run(key, value);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
