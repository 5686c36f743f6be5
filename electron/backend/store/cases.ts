import {
  DOCUMENTATION_DUTIES,
  type CaseDiscussed,
  type DocumentationChecklist,
  type DocumentationDuty,
  type IsoWeekKey,
} from '../../../shared/domain/types';
import type { Db } from './db';

export type CaseFields = Omit<CaseDiscussed, 'id'>;

interface CaseRow extends Omit<CaseDiscussed, 'subGoals' | 'documentation'> {
  subGoals: string;
}

interface DutyRow {
  caseId: number;
  duty: DocumentationDuty;
  done: 0 | 1;
  responsibleId: number | null;
}

/** The client cases discussed in one week's session, each with its documentation checklist. */
export function createCaseRepository(db: Db) {
  const columns = 'id, reference, kind, goal, sub_goals AS subGoals, notes';
  const selectBySession = db.prepare(`SELECT ${columns} FROM cases_discussed WHERE unit_id = ? AND week = ? ORDER BY id`);
  const selectDuties = db.prepare(
    `SELECT d.case_id AS caseId, d.duty, d.done, d.responsible_id AS responsibleId
     FROM case_documentation d JOIN cases_discussed c ON c.id = d.case_id
     WHERE c.unit_id = ? AND c.week = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO cases_discussed (unit_id, week, reference, kind, goal, sub_goals, notes)
     VALUES (@unitId, @week, @reference, @kind, @goal, @subGoals, @notes)`,
  );
  const update = db.prepare(
    `UPDATE cases_discussed SET reference = @reference, kind = @kind, goal = @goal, sub_goals = @subGoals,
       notes = @notes, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = @id`,
  );
  const upsertDuty = db.prepare(
    `INSERT INTO case_documentation (case_id, duty, done, responsible_id) VALUES (@caseId, @duty, @done, @responsibleId)
     ON CONFLICT (case_id, duty) DO UPDATE SET done = excluded.done, responsible_id = excluded.responsible_id`,
  );
  const remove = db.prepare('DELETE FROM cases_discussed WHERE id = ?');

  function saveDocumentation(caseId: number, documentation: DocumentationChecklist): void {
    for (const duty of DOCUMENTATION_DUTIES) {
      const { done, responsibleId } = documentation[duty];
      upsertDuty.run({ caseId, duty, done: done ? 1 : 0, responsibleId });
    }
  }

  const rowFields = ({ reference, kind, goal, subGoals, notes }: CaseFields) => ({
    reference,
    kind,
    goal,
    subGoals: JSON.stringify(subGoals),
    notes,
  });

  return {
    /** In the order they were added. */
    list(unitId: number, week: IsoWeekKey): CaseDiscussed[] {
      const checklists = new Map<number, DocumentationChecklist>();
      for (const { caseId, duty, done, responsibleId } of selectDuties.all(unitId, week) as DutyRow[]) {
        const checklist = checklists.get(caseId) ?? emptyChecklist();
        checklist[duty] = { done: done === 1, responsibleId };
        checklists.set(caseId, checklist);
      }
      return (selectBySession.all(unitId, week) as CaseRow[]).map((row) => ({
        ...row,
        subGoals: JSON.parse(row.subGoals) as string[],
        documentation: checklists.get(row.id) ?? emptyChecklist(),
      }));
    },
    insert(unitId: number, week: IsoWeekKey, fields: CaseFields): number {
      const id = Number(insert.run({ unitId, week, ...rowFields(fields) }).lastInsertRowid);
      saveDocumentation(id, fields.documentation);
      return id;
    },
    update(id: number, fields: CaseFields): void {
      update.run({ id, ...rowFields(fields) });
      saveDocumentation(id, fields.documentation);
    },
    /** The checklist goes with it. */
    delete(id: number): void {
      remove.run(id);
    },
  };
}

function emptyChecklist(): DocumentationChecklist {
  return Object.fromEntries(DOCUMENTATION_DUTIES.map((duty) => [duty, { done: false, responsibleId: null }])) as DocumentationChecklist;
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
