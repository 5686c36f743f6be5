import type { PersonWithUnits } from '../../../shared/domain/types';

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .split(/[\s,.-]+/)
    .filter(Boolean);

/**
 * People already entered whose name fits what is being typed: every typed word begins a
 * word of the name ("eva l" finds Eva Lund, so does "lund"). Two letters before guessing.
 */
export function similarPeople(people: PersonWithUnits[], typed: string): PersonWithUnits[] {
  const typedWords = words(typed);
  if (typedWords.join('').length < 2) return [];
  return people.filter((person) => {
    const nameWords = words(person.name);
    return typedWords.every((typedWord) => nameWords.some((word) => word.startsWith(typedWord)));
  });
}
