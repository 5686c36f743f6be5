import { describe, expect, it } from 'vitest';
import type { PersonWithUnits } from '../../shared/domain/types';
import { similarPeople } from '../../renderer/src/staff/similarPeople';

const person = (id: number, name: string): PersonWithUnits => ({ id, name, role: 'careStaff', employment: 'regular', email: '', unitIds: [1] });
const people = [person(1, 'Eva Lund'), person(2, 'Evert Åberg'), person(3, 'Anna-Lena Öst')];
const names = (typed: string) => similarPeople(people, typed).map((p) => p.name);

describe('people already entered that fit what is typed', () => {
  it('every typed word begins a word of the name, in any order', () => {
    expect(names('eva l')).toEqual(['Eva Lund']);
    expect(names('lund')).toEqual(['Eva Lund']);
    expect(names('ev')).toEqual(['Eva Lund', 'Evert Åberg']);
    expect(names('lund eva')).toEqual(['Eva Lund']);
  });

  it('ignores case, also for å, ä and ö, and splits names at hyphens', () => {
    expect(names('ÅBE')).toEqual(['Evert Åberg']);
    expect(names('lena ö')).toEqual(['Anna-Lena Öst']);
  });

  it('matches the same letters whether typed precomposed or decomposed', () => {
    expect(names('A\u030aberg')).toEqual(['Evert Åberg']);
  });

  it('waits for two letters before guessing', () => {
    expect(names('e')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });

  it('finds nobody for a word that begins no part of any name', () => {
    expect(names('eva berg')).toEqual([]);
  });
});
