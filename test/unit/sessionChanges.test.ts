import { describe, expect, it } from 'vitest';
import { cancelSession, moveSession, undoCancelSession, undoMoveSession } from '../../shared/domain/sessionChanges';
import { holiday, kristiHimmelsfardsdag2026, meetingOn, override, refusal, sessionOfWeek } from './fixtures';

// 2026-W48: Monday 2026-11-23 .. Sunday 2026-11-29; the rule says Thursday 2026-11-26 14:00.
const week48 = sessionOfWeek('2026-W48');
const movedToTuesday = override('2026-W48', { date: '2026-11-24', startTime: '10:00' });
const teamMeetingWeek = sessionOfWeek('2026-W48', { teamMeetingDates: [meetingOn(1, '2026-11-24')] });

describe('moving a session', () => {
  it('moves within the week to another day and time', () => {
    expect(moveSession(week48, null, '2026-11-24', '10:00', [])).toEqual(movedToTuesday);
  });

  it('moves an already moved session again', () => {
    expect(moveSession(week48, movedToTuesday, '2026-11-27', '09:30', [])).toEqual(override('2026-W48', { date: '2026-11-27', startTime: '09:30' }));
  });

  it('keeps the day and changes only the time', () => {
    expect(moveSession(week48, null, '2026-11-26', '15:00', [])?.moved).toEqual({ date: '2026-11-26', startTime: '15:00' });
  });

  it('moving onto the rule day and time is no move at all', () => {
    expect(moveSession(week48, null, '2026-11-26', '14:00', [])).toBeNull();
  });

  it('moves a holiday session to the suggested day', () => {
    const onHoliday = sessionOfWeek('2026-W20', { holidays: [kristiHimmelsfardsdag2026] });
    expect(moveSession(onHoliday, null, onHoliday.suggestedDate!, '14:00', [kristiHimmelsfardsdag2026])?.moved).toEqual({
      date: '2026-05-13',
      startTime: '14:00',
    });
  });

  it('refuses a move outside the week, naming the week', () => {
    for (const date of ['2026-11-22', '2026-11-30']) {
      expect(refusal(() => moveSession(week48, null, date, '14:00', []))).toMatchObject({
        code: 'VALIDATION',
        messageKey: 'error.moveOutsideWeek',
        params: { from: '2026-11-23', to: '2026-11-29' },
        field: 'date',
      });
    }
  });

  it('refuses a move to Saturday or Sunday', () => {
    for (const date of ['2026-11-28', '2026-11-29']) {
      expect(refusal(() => moveSession(week48, null, date, '14:00', []))).toMatchObject({
        code: 'VALIDATION',
        messageKey: 'error.moveToWeekend',
        field: 'date',
      });
    }
  });

  it('refuses a move onto a holiday', () => {
    const session = sessionOfWeek('2026-W52');
    const julafton = holiday('2026-12-24', 'Julafton');
    expect(refusal(() => moveSession(session, null, '2026-12-24', '10:00', [julafton]))).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'error.moveToHoliday',
      params: { date: '2026-12-24', holiday: 'Julafton' },
      field: 'date',
    });
  });

  it('a cancelled session cannot be moved', () => {
    const cancelled = override('2026-W48', null, 'Sjukdom');
    expect(refusal(() => moveSession(week48, cancelled, '2026-11-24', '10:00', []))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.sessionCancelledCannotMove',
    });
  });
});

describe('cancelling a session', () => {
  it('cancels with the reason', () => {
    expect(cancelSession(week48, null, '  Personalbrist ')).toEqual(override('2026-W48', null, 'Personalbrist'));
  });

  it('keeps a move, so undoing the cancellation brings the moved session back', () => {
    const cancelled = cancelSession(week48, movedToTuesday, 'Sjukdom');
    expect(cancelled).toEqual(override('2026-W48', movedToTuesday.moved, 'Sjukdom'));
    expect(undoCancelSession(week48, cancelled)).toEqual(movedToTuesday);
  });

  it('undoing the cancellation of an unmoved session leaves no override', () => {
    expect(undoCancelSession(week48, override('2026-W48', null, 'Sjukdom'))).toBeNull();
  });

  it('needs a reason', () => {
    expect(refusal(() => cancelSession(week48, null, '   '))).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'validation.cancelReasonRequired',
      field: 'reason',
    });
  });

  it('refuses to cancel twice', () => {
    expect(refusal(() => cancelSession(week48, override('2026-W48', null, 'Sjukdom'), 'Igen'))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.sessionAlreadyCancelled',
      params: { week: 48 },
    });
  });

  it('refuses to undo a cancellation that is not there', () => {
    for (const current of [null, movedToTuesday]) {
      expect(refusal(() => undoCancelSession(week48, current))).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'error.sessionNotCancelled',
        params: { week: 48 },
      });
    }
  });
});

describe('undoing a move', () => {
  it('returns the session to the rule day and time', () => {
    expect(undoMoveSession(week48, movedToTuesday)).toBeNull();
  });

  it('refuses when the session is not moved', () => {
    expect(refusal(() => undoMoveSession(week48, null))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.sessionNotMoved',
      params: { week: 48 },
    });
  });

  it('refuses while the session is cancelled', () => {
    expect(refusal(() => undoMoveSession(week48, override('2026-W48', movedToTuesday.moved, 'Sjukdom')))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.sessionCancelledCannotMove',
    });
  });
});

describe('changes in a team-meeting week', () => {
  it('refuses moving and cancelling, naming the week', () => {
    for (const change of [
      () => moveSession(teamMeetingWeek, null, '2026-11-26', '15:00', []),
      () => cancelSession(teamMeetingWeek, null, 'Sjukdom'),
    ]) {
      expect(refusal(change)).toMatchObject({ code: 'CONFLICT', messageKey: 'error.weekIsTeamMeetingWeek', params: { week: 48 } });
    }
  });

  it('still lets an earlier change be undone', () => {
    expect(undoMoveSession(teamMeetingWeek, movedToTuesday)).toBeNull();
    expect(undoCancelSession(teamMeetingWeek, override('2026-W48', null, 'Sjukdom'))).toBeNull();
  });

  it('names week 53 as 53', () => {
    const week53 = sessionOfWeek('2026-W53', { teamMeetingDates: [meetingOn(1, '2027-01-01')] });
    expect(refusal(() => cancelSession(week53, null, 'x')).params).toEqual({ week: 53 });
  });
});

describe('a held session', () => {
  const held = sessionOfWeek('2026-W48', {
    held: [{ week: '2026-W48', date: '2026-11-26', startTime: '14:00', durationMinutes: 30, participantCount: 8 }],
  });

  it('cannot be moved, cancelled or moved back: what happened is never rewritten', () => {
    for (const change of [
      () => moveSession(held, null, '2026-11-24', '10:00', []),
      () => cancelSession(held, null, 'Sjukdom'),
      () => undoMoveSession(held, movedToTuesday),
    ]) {
      expect(refusal(change)).toMatchObject({ code: 'CONFLICT', messageKey: 'error.session.heldCannotChange', params: { week: 48 } });
    }
  });
});
