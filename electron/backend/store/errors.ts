import { translate } from '../../../shared/i18n/translate';

export interface NewerDatabase {
  /** The file's schema version. */
  found: number;
  /** The newest schema version this app can open. */
  supported: number;
  /** This app's version. */
  appVersion: string;
  /** The version that last opened the file, when the file says (older versions did not record it). */
  writtenBy: string | null;
}

/** The file was written by a newer Handledning; opening it must not write a single byte. */
export class DatabaseFromNewerVersionError extends Error {
  readonly messageKey: 'error.databaseFromNewerVersion' | 'error.databaseFromNewerVersionWrittenBy';
  readonly found: number;
  readonly supported: number;
  readonly appVersion: string;
  readonly writtenBy: string | null;
  constructor(newer: NewerDatabase) {
    const messageKey = newer.writtenBy === null ? 'error.databaseFromNewerVersion' : 'error.databaseFromNewerVersionWrittenBy';
    const { found, supported, appVersion, writtenBy } = newer;
    super(translate(messageKey, { found, supported, appVersion, writtenBy: writtenBy ?? '' }));
    this.name = 'DatabaseFromNewerVersionError';
    this.messageKey = messageKey;
    this.found = newer.found;
    this.supported = newer.supported;
    this.appVersion = newer.appVersion;
    this.writtenBy = newer.writtenBy;
  }
}

/** The file is some other program's database (or not a database); it is left untouched. */
export class DatabaseNotHandledningError extends Error {
  readonly messageKey = 'error.databaseNotHandledning';
  constructor() {
    super(translate('error.databaseNotHandledning'));
    this.name = 'DatabaseNotHandledningError';
  }
}
