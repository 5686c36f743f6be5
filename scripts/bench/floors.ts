// The floor of each budgeted call: the best hand-written SQL that returns the same
// information from the same file, with prepared statements over a plain connection. They
// are the yardstick the app is measured against (issue 11), so they read only what the
// answer needs, through indexes, bounded by the range asked for, in one read transaction
// (as consistent as the app's answer). Date arithmetic the answer needs (which weeks a
// range covers) is done in JS, as any hand-written code would.
import type Database from 'better-sqlite3';
import { addDaysIso, weekKeyOf } from '../../shared/domain/calendar';
import type { IsoDate } from '../../shared/domain/types';

const firstDayOf = (month: string): IsoDate => `${month}-01`;
const lastDayOf = (month: string): IsoDate => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
};

export function floorQueries(db: Database.Database) {
  const unit = db.prepare('SELECT id, name, provider_name, manager_name FROM units WHERE id = ?');
  const rules = db.prepare('SELECT id, weekday, start_time, duration_minutes, valid_from FROM slot_rules WHERE unit_id = ? ORDER BY valid_from, id');
  const patterns = db.prepare(
    `SELECT id, kind, nth, interval_weeks, weekday, valid_from, valid_to FROM team_meeting_patterns
     WHERE unit_id = @unitId AND valid_from <= @to AND (valid_to IS NULL OR valid_to >= @from)`,
  );
  const skips = db.prepare(
    `SELECT s.pattern_id, s.date FROM team_meeting_patterns p JOIN team_meeting_skips s ON s.pattern_id = p.id
     WHERE p.unit_id = @unitId AND s.date BETWEEN @from AND @to`,
  );
  const meetingDates = db.prepare('SELECT id, date FROM team_meeting_dates WHERE unit_id = @unitId AND date BETWEEN @from AND @to');
  const overrides = db.prepare(
    `SELECT week, moved_date, moved_start_time, cancelled_reason FROM session_overrides
     WHERE unit_id = @unitId AND week BETWEEN @fromWeek AND @toWeek`,
  );
  const heldWithCounts = db.prepare(
    `SELECT h.week, h.date, h.start_time, h.duration_minutes, count(a.id) AS participants
     FROM held_sessions h LEFT JOIN attendance a ON a.held_session_id = h.id
     WHERE h.unit_id = @unitId AND h.week BETWEEN @fromWeek AND @toWeek GROUP BY h.id`,
  );
  const sentMonths = db.prepare(
    `SELECT v.month, max(v.version) AS last_version,
       (SELECT max(r.after_version) FROM billing_reopenings r WHERE r.unit_id = v.unit_id AND r.month = v.month) AS reopened_after
     FROM billing_versions v WHERE v.unit_id = @unitId AND v.month BETWEEN @fromMonth AND @toMonth GROUP BY v.month`,
  );

  /** What the plan of a range is made of: rules, team meetings, moves and cancellations, held sessions, locked months. */
  function planParts(unitId: number, from: IsoDate, to: IsoDate, withHeld = true) {
    // A session's week may start before `from`, and a moved one may fall a few days outside.
    const range = { unitId, from: addDaysIso(from, -7), to: addDaysIso(to, 7), fromWeek: weekKeyOf(from), toWeek: weekKeyOf(to) };
    return {
      unit: unit.get(unitId),
      rules: rules.all(unitId),
      patterns: patterns.all(range),
      skips: skips.all(range),
      meetingDates: meetingDates.all(range),
      overrides: overrides.all(range),
      held: withHeld ? heldWithCounts.all(range) : [],
      months: sentMonths.all({ unitId, fromMonth: range.from.slice(0, 7), toMonth: range.to.slice(0, 7) }),
    };
  }

  const settings = db.prepare('SELECT * FROM billing_settings WHERE unit_id = ?');
  const versions = db.prepare('SELECT version, sent_at, correction_reason FROM billing_versions WHERE unit_id = ? AND month = ? ORDER BY version');
  const lastReopening = db.prepare(
    'SELECT after_version, reason FROM billing_reopenings WHERE unit_id = ? AND month = ? ORDER BY after_version DESC LIMIT 1',
  );
  const roleCounts = db.prepare(
    `SELECT h.week, h.date, h.start_time, h.duration_minutes, a.role, count(*) AS n
     FROM held_sessions h JOIN attendance a ON a.held_session_id = h.id
     WHERE h.unit_id = @unitId AND h.week BETWEEN @fromWeek AND @toWeek AND h.date BETWEEN @from AND @to
     GROUP BY h.id, a.role`,
  );
  const latestSent = db.prepare('SELECT version, form_json FROM billing_versions WHERE unit_id = ? AND month = ? ORDER BY version DESC LIMIT 1');
  const reopenedAfter = db.prepare('SELECT max(after_version) FROM billing_reopenings WHERE unit_id = ? AND month = ?').pluck();

  // Every unit's month at once: the units drive the joins, so each is a seek on (unit_id, ...).
  const allUnits = db.prepare('SELECT id, name, provider_name, manager_name FROM units ORDER BY id');
  const allSettings = db.prepare('SELECT * FROM billing_settings');
  const allRules = db.prepare(
    'SELECT id, unit_id, weekday, start_time, duration_minutes, valid_from FROM slot_rules ORDER BY unit_id, valid_from, id',
  );
  const allPatterns = db.prepare(
    `SELECT id, unit_id, kind, nth, interval_weeks, weekday, valid_from, valid_to FROM team_meeting_patterns
     WHERE valid_from <= @to AND (valid_to IS NULL OR valid_to >= @from)`,
  );
  const allSkips = db.prepare('SELECT pattern_id, date FROM team_meeting_skips WHERE date BETWEEN @from AND @to');
  const allMeetingDates = db.prepare(
    'SELECT d.unit_id, d.date FROM units u CROSS JOIN team_meeting_dates d ON d.unit_id = u.id AND d.date BETWEEN @from AND @to',
  );
  const allOverrides = db.prepare(
    `SELECT o.unit_id, o.week, o.moved_date, o.moved_start_time, o.cancelled_reason
     FROM units u CROSS JOIN session_overrides o ON o.unit_id = u.id AND o.week BETWEEN @fromWeek AND @toWeek`,
  );
  const allRoleCounts = db.prepare(
    `SELECT h.unit_id, h.week, h.date, h.start_time, h.duration_minutes, a.role, count(*) AS n
     FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @fromWeek AND @toWeek AND h.date BETWEEN @from AND @to
       JOIN attendance a ON a.held_session_id = h.id
     GROUP BY h.id, a.role`,
  );
  const allVersions = db.prepare(
    `SELECT v.unit_id, max(v.version) AS last_version,
       (SELECT max(r.after_version) FROM billing_reopenings r WHERE r.unit_id = v.unit_id AND r.month = v.month) AS reopened_after
     FROM units u CROSS JOIN billing_versions v ON v.unit_id = u.id AND v.month = @month GROUP BY v.unit_id`,
  );

  // The statistics of a period for every unit: the plan parts above, then one aggregate per figure.
  const allGuests = db.prepare(
    `SELECT h.id, count(*) AS n FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @fromWeek AND @toWeek
       AND h.date BETWEEN @from AND @to JOIN attendance a ON a.held_session_id = h.id AND a.person_id IS NULL GROUP BY h.id`,
  );
  const allMembers = db.prepare(
    `SELECT s.unit_id, p.id, p.name, p.role, s.active_from, s.active_to FROM units u CROSS JOIN unit_staff s ON s.unit_id = u.id
       JOIN people p ON p.id = s.person_id WHERE s.active_from <= @to AND (s.active_to IS NULL OR s.active_to >= @from)`,
  );
  const allAttended = db.prepare(
    // The absence window lies inside the period here: absent is a last attendance before its Monday.
    `SELECT h.unit_id, a.person_id, count(*) AS attended, max(h.date) AS last
     FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @fromWeek AND @toWeek AND h.date BETWEEN @from AND @to
       JOIN attendance a ON a.held_session_id = h.id AND a.person_id IS NOT NULL GROUP BY h.unit_id, a.person_id`,
  );
  // The last attendance of those not seen in the period: one seek each through the person index.
  const lastAttendedOf = db.prepare(
    `SELECT j.value ->> '$[0]' AS unit_id, j.value ->> '$[1]' AS person_id,
       (SELECT max(h.date) FROM attendance a CROSS JOIN held_sessions h ON h.id = a.held_session_id
        WHERE a.person_id = j.value ->> '$[1]' AND h.unit_id = j.value ->> '$[0]' AND h.date <= @to) AS last
     FROM json_each(@pairs) j`,
  );
  const allActions = db.prepare(
    `SELECT a.unit_id, a.agreed_in_week, sum(a.status = 'done') AS closed, sum(a.status = 'open') AS open,
       sum(a.status = 'open' AND a.due_date < @today) AS overdue
     FROM units u CROSS JOIN agreed_actions a ON a.unit_id = u.id AND a.agreed_in_week BETWEEN @fromWeek AND @toWeek GROUP BY a.unit_id, a.agreed_in_week`,
  );
  const allCases = db.prepare(
    `SELECT c.unit_id, c.week, h.date, c.kind, c.reference, trim(c.goal) <> '' AS has_goal
     FROM units u CROSS JOIN cases_discussed c ON c.unit_id = u.id AND c.week >= @fromWeek
       JOIN held_sessions h ON h.unit_id = c.unit_id AND h.week = c.week AND h.date >= @from`,
  );

  const heldSession = db.prepare('SELECT id, week, date, start_time, duration_minutes, location FROM held_sessions WHERE unit_id = ? AND week = ?');
  const attendance = db.prepare('SELECT id, person_id, name, role, employment, is_chair FROM attendance WHERE held_session_id = ?');
  const agenda = db.prepare('SELECT item, text FROM agenda_notes WHERE unit_id = ? AND week = ?');
  const cases = db.prepare('SELECT id, reference, kind, goal, sub_goals, notes FROM cases_discussed WHERE unit_id = ? AND week = ? ORDER BY id');
  const duties = db.prepare(
    `SELECT d.case_id, d.duty, d.done, d.responsible_id FROM cases_discussed c JOIN case_documentation d ON d.case_id = c.id
     WHERE c.unit_id = ? AND c.week = ?`,
  );
  const agreed = db.prepare(
    'SELECT id, agreed_in_week, what, responsible_id, due_date, status, closed_in_week FROM agreed_actions WHERE unit_id = ? AND agreed_in_week = ? ORDER BY id',
  );
  const followUp = db.prepare(
    `SELECT id, agreed_in_week, what, responsible_id, due_date, status, closed_in_week FROM agreed_actions
     WHERE unit_id = @unitId AND status = 'open' AND agreed_in_week < @week
     UNION ALL
     SELECT id, agreed_in_week, what, responsible_id, due_date, status, closed_in_week FROM agreed_actions
     WHERE unit_id = @unitId AND closed_in_week = @week AND agreed_in_week < @week`,
  );

  const roster = db.prepare(
    `SELECT p.id, p.name, p.role, p.employment, s.active_from, s.active_to FROM unit_staff s JOIN people p ON p.id = s.person_id
     WHERE s.unit_id = ?`,
  );
  const upsertHeld = db.prepare(
    `INSERT INTO held_sessions (unit_id, week, date, start_time, duration_minutes, location) VALUES (?, ?, ?, ?, ?, 'office')
     ON CONFLICT (unit_id, week) DO UPDATE SET date = excluded.date, start_time = excluded.start_time,
       duration_minutes = excluded.duration_minutes, location = excluded.location
     RETURNING id`,
  );
  const clearAttendance = db.prepare('DELETE FROM attendance WHERE held_session_id = ?');
  const insertAttendance = db.prepare(
    'INSERT INTO attendance (held_session_id, person_id, name, role, employment, is_chair) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const audit = db.prepare("INSERT INTO audit_log (at, action, method, subject) VALUES (?, 'changed', 'sessions.recordHeld', ?)");

  /** Members, who came in the period (with their last time there), and the last time of the others. */
  function attendanceOf(from: IsoDate, to: IsoDate, range: { from: IsoDate; to: IsoDate; fromWeek: string; toWeek: string }) {
    const members = allMembers.all({ from, to }) as { unit_id: number; id: number }[];
    const attended = allAttended.all(range) as { unit_id: number; person_id: number }[];
    const seen = new Set(attended.map((row) => `${row.unit_id} ${row.person_id}`));
    const unseen = members.filter((m) => !seen.has(`${m.unit_id} ${m.id}`)).map((m) => [m.unit_id, m.id]);
    return { members, attended, lastAttended: lastAttendedOf.all({ to, pairs: JSON.stringify(unseen) }) };
  }

  const read = <A extends unknown[], R>(work: (...args: A) => R) => db.transaction(work);

  function sessionDetail(unitId: number, week: string, sessionDate: IsoDate) {
    const session = heldSession.get(unitId, week) as { id: number } | undefined;
    return {
      plan: planParts(unitId, sessionDate, sessionDate, false),
      session,
      attendees: session ? attendance.all(session.id) : [],
      agenda: agenda.all(unitId, week),
      cases: cases.all(unitId, week),
      duties: duties.all(unitId, week),
      agreed: agreed.all(unitId, week),
      followUp: followUp.all({ unitId, week }),
    };
  }

  return {
    plan: read((unitId: number, from: IsoDate, to: IsoDate) => planParts(unitId, from, to)),

    billingFormOpen: read((unitId: number, month: string) => {
      const from = firstDayOf(month);
      const to = lastDayOf(month);
      return {
        plan: planParts(unitId, from, to, false),
        settings: settings.get(unitId),
        versions: versions.all(unitId, month),
        reopening: lastReopening.get(unitId, month),
        roles: roleCounts.all({ unitId, from, to, fromWeek: weekKeyOf(addDaysIso(from, -7)), toWeek: weekKeyOf(addDaysIso(to, 7)) }),
      };
    }),

    billingFormSent: read((unitId: number, month: string) => {
      const sent = latestSent.get(unitId, month) as { version: number; form_json: string };
      return { version: sent.version, reopenedAfter: reopenedAfter.get(unitId, month), form: JSON.parse(sent.form_json) as unknown };
    }),

    billingSummary: read((month: string) => {
      const from = firstDayOf(month);
      const to = lastDayOf(month);
      const range = {
        from: addDaysIso(from, -7),
        to: addDaysIso(to, 7),
        fromWeek: weekKeyOf(addDaysIso(from, -7)),
        toWeek: weekKeyOf(addDaysIso(to, 7)),
      };
      return {
        units: allUnits.all(),
        settings: allSettings.all(),
        rules: allRules.all(),
        patterns: allPatterns.all(range),
        skips: allSkips.all(range),
        meetingDates: allMeetingDates.all(range),
        overrides: allOverrides.all(range),
        roles: allRoleCounts.all({ ...range, from, to }),
        versions: allVersions.all({ month }),
      };
    }),

    statistics: read((from: IsoDate, to: IsoDate, today: IsoDate) => {
      const range = { from, to, fromWeek: weekKeyOf(from), toWeek: weekKeyOf(to) };
      const planRange = { from: addDaysIso(from, -7), to: addDaysIso(to, 7), fromWeek: range.fromWeek, toWeek: range.toWeek };
      return {
        units: allUnits.all(),
        rules: allRules.all(),
        patterns: allPatterns.all(planRange),
        skips: allSkips.all(planRange),
        meetingDates: allMeetingDates.all(planRange),
        overrides: allOverrides.all(planRange),
        roles: allRoleCounts.all(range),
        guests: allGuests.all(range),
        ...attendanceOf(from, to, range),
        actions: allActions.all({ fromWeek: range.fromWeek, toWeek: range.toWeek, today }),
        cases: allCases.all({ from, fromWeek: range.fromWeek }),
      };
    }),

    sessionsGet: read((unitId: number, week: string, sessionDate: IsoDate) => sessionDetail(unitId, week, sessionDate)),

    /** A held session recorded (or corrected) with these people, the first chairing, then the week's detail read back. */
    recordHeld: db.transaction((unitId: number, week: string, date: IsoDate, personIds: number[], at: string) => {
      planParts(unitId, date, date, false);
      const members = new Map((roster.all(unitId) as { id: number; name: string; role: string; employment: string }[]).map((m) => [m.id, m]));
      const { id } = upsertHeld.get(unitId, week, date, '13:00', 60) as { id: number };
      clearAttendance.run(id);
      for (const [i, personId] of personIds.entries()) {
        const member = members.get(personId)!;
        insertAttendance.run(id, personId, member.name, member.role, member.employment, i === 0 ? 1 : 0);
      }
      audit.run(at, JSON.stringify({ unitId, week, attendees: personIds.length }));
      return sessionDetail(unitId, week, date);
    }),
  };
}
