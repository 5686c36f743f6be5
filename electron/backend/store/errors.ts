import { translate } from '../../../shared/i18n/translate';

/** The file was written by a newer Handledning; opening it must not write a single byte. */
export class DatabaseFromNewerVersionError extends Error {
  readonly messageKey = 'error.databaseFromNewerVersion';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(translate('error.databaseFromNewerVersion', { found, supported }));
    this.name = 'DatabaseFromNewerVersionError';
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
