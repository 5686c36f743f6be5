/** One schema step. `version` numbers run 1, 2, 3, ... and become PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  /** SQL run inside the migration transaction. */
  up: string;
}
