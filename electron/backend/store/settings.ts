import type { Db } from './db';

/** The app's own remembered choices, and installation-wide settings (AppSettings). */
export type SettingKey = 'lastUnitId' | 'billingDeadlineDay' | 'backupFolder' | 'appVersion' | 'installationId';

export function createSettingsRepository(db: Db) {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');

  return {
    get(key: SettingKey): string | null {
      return (select.get(key) as string | undefined) ?? null;
    },
    set(key: SettingKey, value: string): void {
      upsert.run(key, value);
    },
    /** Back to the default. */
    remove(key: SettingKey): void {
      remove.run(key);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
