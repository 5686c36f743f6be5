// The writer of the "backup during writes" test: commits one unit and its weekly rule per
// transaction, through its own connection, and reports each committed unit id on stdout.
import Database from 'better-sqlite3';

const [file, from] = process.argv.slice(2);
const db = new Database(file);
db.pragma('busy_timeout = 5000');
// Durability is not what this test is about; commits without an fsync each keep it quick.
db.pragma('synchronous = NORMAL');
const unit = db.prepare("INSERT INTO units (id, name, name_key, provider_name, manager_name) VALUES (?, ?, ?, 'Omsorg AB', 'Anna Berg')");
const rule = db.prepare(
  "INSERT INTO slot_rules (unit_id, weekday, start_time, duration_minutes, valid_from) VALUES (?, 4, '14:00', 30, '2026-01-01')",
);
const write = db.transaction((id) => {
  unit.run(id, `Enhet ${id}`, `enhet ${id}`);
  rule.run(id);
});
for (let id = Number(from) + 1; ; id += 1) {
  write(id);
  process.stdout.write(`${id}\n`);
  // Lets the event loop flush stdout: a loop that never yields would only queue the lines.
  await new Promise((resolve) => setImmediate(resolve));
}
