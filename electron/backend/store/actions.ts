import type { AgreedAction, IsoWeekKey } from '../../../shared/domain/types';
import type { Db } from './db';

const COLUMNS = `id, unit_id AS unitId, agreed_in_week AS agreedInWeek, what, responsible_id AS responsibleId,
  due_date AS dueDate, status, closed_in_week AS closedInWeek`;

/**
 * The follow-up of a session (see isFollowUp in shared/domain/actions.ts), in two halves so
 * each is one index search: still open and agreed earlier (agreed_actions_open), or closed in
 * that very session (agreed_actions_closed). Week keys are fixed-width, so text order is week order.
 */
export const FOLLOW_UP_QUERY = `
  SELECT ${COLUMNS} FROM agreed_actions
  WHERE unit_id = @unitId AND status = 'open' AND agreed_in_week < @week
  UNION ALL
  SELECT ${COLUMNS} FROM agreed_actions
  WHERE unit_id = @unitId AND closed_in_week = @week AND agreed_in_week < @week
  ORDER BY agreedInWeek, id`;

/** "Vem gör vad": the actions agreed in the sessions, open until a later session closes them. */
export function createActionRepository(db: Db) {
  const selectAgreedIn = db.prepare(`SELECT ${COLUMNS} FROM agreed_actions WHERE unit_id = ? AND agreed_in_week = ? ORDER BY id`);
  const selectFollowUp = db.prepare(FOLLOW_UP_QUERY);
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM agreed_actions WHERE unit_id = ? AND id = ?`);
  const insert = db.prepare(
    `INSERT INTO agreed_actions (unit_id, agreed_in_week, what, responsible_id, due_date, status, closed_in_week)
     VALUES (@unitId, @agreedInWeek, @what, @responsibleId, @dueDate, @status, @closedInWeek)`,
  );
  const update = db.prepare(
    `UPDATE agreed_actions SET what = @what, responsible_id = @responsibleId, due_date = @dueDate,
       status = @status, closed_in_week = @closedInWeek, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = @id AND unit_id = @unitId`,
  );

  return {
    /** The actions agreed in this week's session, in the order they were added. */
    listAgreedIn(unitId: number, week: IsoWeekKey): AgreedAction[] {
      return selectAgreedIn.all(unitId, week) as AgreedAction[];
    },
    /** The actions this week's session follows up, oldest agreement first. */
    listFollowUp(unitId: number, week: IsoWeekKey): AgreedAction[] {
      return selectFollowUp.all({ unitId, week }) as AgreedAction[];
    },
    get(unitId: number, id: number): AgreedAction | undefined {
      return selectOne.get(unitId, id) as AgreedAction | undefined;
    },
    insert(action: Omit<AgreedAction, 'id'>): AgreedAction {
      const { lastInsertRowid } = insert.run(action);
      return { id: Number(lastInsertRowid), ...action };
    },
    /** Everything but the unit and the week it was agreed in, which never change. */
    update(action: AgreedAction): void {
      update.run(action);
    },
  };
}

export type ActionRepository = ReturnType<typeof createActionRepository>;
