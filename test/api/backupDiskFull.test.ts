import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { startTestBackend, type TestBackend } from './testBackend';

let test: TestBackend;
beforeEach(async () => {
  test = await startTestBackend('2026-05-14');
});
afterEach(() => test.close());

describe('a full disk', () => {
  it('is answered with DISK_FULL in Swedish, the call is rolled back and the file stays sound', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The database may not grow by a single page: as on a disk with no room left.
    test.db.pragma(`max_page_count = ${test.db.pragma('page_count', { simple: true }) as number}`);

    let answer;
    let before = dumpDatabase(test.db);
    for (let n = 1; n <= 500; n += 1) {
      before = dumpDatabase(test.db);
      answer = await test.send('units.create', { name: `Hemtjänst ${n} ${'x'.repeat(60)}`, providerName: 'Omsorg AB', managerName: 'Anna Berg' });
      if (!answer.ok) break;
    }

    expect(answer).toEqual({ ok: false, error: { code: 'DISK_FULL', message: translate('error.diskFull') } });
    expect(translate('error.diskFull')).toBe('Disken är full. Inget har sparats. Frigör utrymme på disken och försök igen.');
    expect(dumpDatabase(test.db)).toBe(before);
    expect(test.db.pragma('integrity_check', { simple: true })).toBe('ok');
    logged.mockRestore();
  });
});
