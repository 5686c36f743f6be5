import { describe, expect, it } from 'vitest';
import { isActiveOn, isOnRoster, personNameKey } from '../../shared/domain/roster';

const leaver = { activeFrom: '2026-01-12', activeTo: '2026-05-31' };
const current = { activeFrom: '2026-03-02', activeTo: null };

describe('who is a member on a given day', () => {
  it('from the first day up to and including the last', () => {
    expect(isActiveOn(leaver, '2026-01-11')).toBe(false);
    expect(isActiveOn(leaver, '2026-01-12')).toBe(true);
    expect(isActiveOn(leaver, '2026-05-31')).toBe(true);
    expect(isActiveOn(leaver, '2026-06-01')).toBe(false);
  });

  it('with no last day, every day from the first', () => {
    expect(isActiveOn(current, '2026-03-01')).toBe(false);
    expect(isActiveOn(current, '2030-12-31')).toBe(true);
  });
});

describe('who is on the roster today', () => {
  it('a leaver stays on it up to the last day and is hidden after', () => {
    expect(isOnRoster(leaver, '2026-05-31')).toBe(true);
    expect(isOnRoster(leaver, '2026-06-01')).toBe(false);
  });

  it('someone starting next month is already on it', () => {
    expect(isOnRoster(current, '2026-02-01')).toBe(true);
  });
});

describe('the same name', () => {
  it('ignores case (Å, Ä, Ö too), surrounding and doubled spaces', () => {
    expect(personNameKey('  ÅSA  ÖBERG ')).toBe('åsa öberg');
    expect(personNameKey('Åsa Öberg')).toBe(personNameKey('åsa öberg'));
  });

  it('treats a decomposed å (as macOS may paste it) as the same letter', () => {
    expect(personNameKey('A\u030asa')).toBe(personNameKey('Åsa'));
  });
});
