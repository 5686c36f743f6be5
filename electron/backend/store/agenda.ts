import { AGENDA_ITEMS, type AgendaItem, type AgendaNotes, type IsoWeekKey } from '../../../shared/domain/types';
import type { Db } from './db';

/** The notes per agenda item of one week's session; an item without text has no row. */
export function createAgendaRepository(db: Db) {
  const select = db.prepare('SELECT item, text FROM agenda_notes WHERE unit_id = ? AND week = ?');
  const upsert = db.prepare(
    `INSERT INTO agenda_notes (unit_id, week, item, text) VALUES (@unitId, @week, @item, @text)
     ON CONFLICT (unit_id, week, item) DO UPDATE SET
       text = excluded.text, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE text <> excluded.text`,
  );
  const remove = db.prepare('DELETE FROM agenda_notes WHERE unit_id = ? AND week = ? AND item = ?');

  return {
    /** Every item of the fixed agenda, '' where nothing is written. */
    get(unitId: number, week: IsoWeekKey): AgendaNotes {
      const notes = Object.fromEntries(AGENDA_ITEMS.map((item) => [item, ''])) as AgendaNotes;
      for (const { item, text } of select.all(unitId, week) as { item: AgendaItem; text: string }[]) notes[item] = text;
      return notes;
    },
    save(unitId: number, week: IsoWeekKey, notes: AgendaNotes): void {
      for (const item of AGENDA_ITEMS) {
        const text = notes[item];
        if (text.trim() === '') remove.run(unitId, week, item);
        else upsert.run({ unitId, week, item, text });
      }
    },
  };
}

export type AgendaRepository = ReturnType<typeof createAgendaRepository>;
