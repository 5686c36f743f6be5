import { describe, expect, it } from 'vitest';
import { contentsText, dateTime, kindLabel, sizeText } from '../../renderer/src/dataSafety/backupText';
import { swedishT } from './translation';

const t = swedishT();
const NBSP = '\u00a0';

describe('a backup in words', () => {
  it('shows the local timestamp to the minute', () => {
    expect(dateTime('2026-11-19T14:03:22')).toBe('2026-11-19 14:03');
  });

  it('names the kind in Swedish', () => {
    expect(kindLabel(t, 'beforeMigration')).toBe('Före uppdatering');
  });

  it('counts sizes in 1024s like the Windows file explorer, whole kB rounded up and never 0 kB', () => {
    expect(sizeText(t, 1)).toBe('1 kB');
    expect(sizeText(t, 1025)).toBe('2 kB');
    expect(sizeText(t, 148 * 1024)).toBe('148 kB');
  });

  it('shows megabytes with one decimal and a decimal comma', () => {
    expect(sizeText(t, 1024 * 1024)).toBe('1 MB');
    expect(sizeText(t, Math.round(1.44 * 1024 * 1024))).toBe('1,4 MB');
    expect(sizeText(t, 1500 * 1024 * 1024)).toBe(`1${NBSP}500 MB`);
  });

  it('says what it holds, in the singular for one, and the latest session when there is one', () => {
    expect(contentsText(t, { schemaVersion: 5, units: 2, heldSessions: 14, latestSessionDate: '2026-11-19' })).toBe(
      '2 enheter, 14 genomförda tillfällen, senast 2026-11-19',
    );
    expect(contentsText(t, { schemaVersion: 5, units: 1, heldSessions: 1, latestSessionDate: null })).toBe('1 enhet, 1 genomfört tillfälle');
  });
});
