import { describe, expect, it } from 'vitest';
import type { CaseDiscussed } from '../../shared/domain/types';
import { dutyLines } from '../../renderer/src/session/caseText';
import { swedishT } from './translation';

const discussed: CaseDiscussed = {
  id: 1,
  reference: 'Brukare A',
  kind: 'complex',
  goal: '',
  subGoals: [],
  notes: '',
  documentation: {
    caseSystem: { done: true, responsibleId: null },
    needsAssessor: { done: false, responsibleId: 7 },
    implementationPlan: { done: true, responsibleId: 7 },
    seniorAlert: { done: false, responsibleId: null },
  },
};

describe('the documentation duties of a case in words', () => {
  it('one line per duty in the routine order, with the responsible person when one is named', () => {
    expect(dutyLines(swedishT(), discussed, (id) => (id === 7 ? 'Eva Ek' : '?'))).toEqual([
      'Dokumenterat i verksamhetssystemet: klart',
      'Förändrade insatser meddelade biståndshandläggare: inte klart (ansvarig: Eva Ek)',
      'Genomförandeplan uppdaterad: klart (ansvarig: Eva Ek)',
      'Senior Alert uppdaterad: inte klart',
    ]);
  });
});
