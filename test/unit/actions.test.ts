import { describe, expect, it } from 'vitest';
import { checkResponsible, followUpOf, isFollowUp, withStatus } from '../../shared/domain/actions';
import type { AgreedAction, StaffMember } from '../../shared/domain/types';
import { refusal } from './fixtures';

function action(id: number, agreedInWeek: string, closedInWeek: string | null = null): AgreedAction {
  return {
    id,
    unitId: 1,
    agreedInWeek,
    what: `Åtgärd ${id}`,
    responsibleId: 1,
    dueDate: null,
    status: closedInWeek ? 'done' : 'open',
    closedInWeek,
  };
}

const weeksShowing = (a: AgreedAction, weeks: string[]) => weeks.filter((week) => isFollowUp(a, week));

describe('follow-up from earlier sessions', () => {
  it('an open action appears at every later session until it is closed', () => {
    expect(weeksShowing(action(1, '2026-W18'), ['2026-W17', '2026-W18', '2026-W20', '2026-W30'])).toEqual(['2026-W20', '2026-W30']);
  });

  it('carries over a team-meeting week: week 19 has no session, week 20 still follows up week 18', () => {
    const agreed = action(1, '2026-W18');
    expect(followUpOf([agreed], '2026-W20')).toEqual([agreed]);
  });

  it('carries over the year boundary, week 53 included', () => {
    expect(weeksShowing(action(1, '2026-W52'), ['2026-W53', '2027-W01'])).toEqual(['2026-W53', '2027-W01']);
  });

  it('an action closed in a session is shown there, and not afterwards', () => {
    const closed = action(1, '2026-W18', '2026-W20');
    expect(weeksShowing(closed, ['2026-W18', '2026-W19', '2026-W20', '2026-W21'])).toEqual(['2026-W20']);
  });

  it('an action closed in the session that agreed it is not followed up', () => {
    expect(weeksShowing(action(1, '2026-W18', '2026-W18'), ['2026-W18', '2026-W19'])).toEqual([]);
  });

  it('lists the oldest agreement first', () => {
    const list = followUpOf([action(3, '2026-W17'), action(1, '2026-W18'), action(2, '2026-W16'), action(4, '2026-W17')], '2026-W20');
    expect(list.map((a) => a.id)).toEqual([2, 3, 4, 1]);
  });
});

describe('closing and reopening', () => {
  it('closing records the week it was closed in', () => {
    expect(withStatus(action(1, '2026-W18'), 'done', '2026-W20')).toMatchObject({ status: 'done', closedInWeek: '2026-W20' });
  });

  it('reopening forgets when it was closed', () => {
    expect(withStatus(action(1, '2026-W18', '2026-W20'), 'open', '2026-W20')).toMatchObject({ status: 'open', closedInWeek: null });
  });

  it('can be done in the session that agreed it', () => {
    expect(withStatus(action(1, '2026-W18'), 'done', '2026-W18').closedInWeek).toBe('2026-W18');
    expect(withStatus(action(1, '2026-W18', '2026-W20'), 'open', '2026-W18').closedInWeek).toBeNull();
  });

  it('the same status again changes nothing', () => {
    const closed = action(1, '2026-W18', '2026-W20');
    expect(withStatus(closed, 'done', '2026-W20')).toBe(closed);
  });

  it.each([
    ['a session before it was agreed', action(1, '2026-W18'), '2026-W17'],
    ['a session after the one that closed it', action(1, '2026-W18', '2026-W20'), '2026-W21'],
  ])('is refused in %s', (_case, a, week) => {
    expect(refusal(() => withStatus(a, a.status === 'open' ? 'done' : 'open', week))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.action.notInSession',
      params: { week: Number(week.slice(-2)) },
    });
  });
});

describe('who is responsible', () => {
  const member = (id: number, activeFrom: string, activeTo: string | null): StaffMember => ({
    id,
    name: `Person ${id}`,
    role: 'careStaff',
    employment: 'regular',
    email: '',
    unitId: 1,
    activeFrom,
    activeTo,
  });
  const roster = [
    member(1, '2026-01-01', null),
    member(2, '2026-01-01', '2026-04-29'),
    member(3, '2026-05-04', null),
    member(4, '2026-01-01', '2026-04-30'),
  ];

  it('a member of the unit, even one who joined after the session or leaves on its day', () => {
    for (const id of [1, 3, 4]) expect(() => checkResponsible(roster, id, '2026-04-30', 'responsibleId')).not.toThrow();
  });

  it('someone not on the roster is refused', () => {
    expect(refusal(() => checkResponsible(roster, 9, '2026-04-30', 'responsibleId'))).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'error.session.responsibleNotInUnit',
      field: 'responsibleId',
    });
  });

  it('someone who had left before the session is refused', () => {
    expect(refusal(() => checkResponsible(roster, 2, '2026-04-30', 'responsibleId'))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.session.responsibleHasLeft',
      params: { name: 'Person 2', date: '2026-04-29' },
    });
  });
});
