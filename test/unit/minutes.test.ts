import { describe, expect, it } from 'vitest';
import { checkSessionTakesNotes, tidySubGoals } from '../../shared/domain/minutes';
import { meetingOn, override, refusal, sessionOfWeek } from './fixtures';

describe('the agenda, cases and actions of a session', () => {
  it('may be prepared before the session is held, or written after', () => {
    const held = { week: '2026-W48', date: '2026-11-26', startTime: '14:00', durationMinutes: 30, participantCount: 5 };
    for (const session of [sessionOfWeek('2026-W48'), sessionOfWeek('2026-W48', { held: [held] })]) {
      expect(() => checkSessionTakesNotes(session)).not.toThrow();
    }
  });

  it('are refused in a team-meeting week', () => {
    const session = sessionOfWeek('2026-W48', { teamMeetingDates: [meetingOn(1, '2026-11-24')] });
    expect(refusal(() => checkSessionTakesNotes(session))).toMatchObject({ code: 'CONFLICT', messageKey: 'error.weekIsTeamMeetingWeek' });
  });

  it('are refused for a cancelled session', () => {
    const session = sessionOfWeek('2026-W48', { overrides: [override('2026-W48', null, 'Sjukdom')] });
    expect(refusal(() => checkSessionTakesNotes(session))).toMatchObject({ code: 'CONFLICT', messageKey: 'error.session.cancelledNoNotes' });
  });
});

describe('sub-goals', () => {
  it('are one per line: blank lines and stray spaces are dropped', () => {
    expect(tidySubGoals([' Gå till köket ', '', '   ', 'Duscha med stöd'])).toEqual(['Gå till köket', 'Duscha med stöd']);
  });
});
