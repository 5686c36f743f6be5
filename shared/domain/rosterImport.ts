import type { MessageKey, MessageParams } from '../i18n/translate';
import { LIMITS } from './limits';
import { DomainError } from './errors';
import { containsPersonnummer } from './personnummer';
import { personNameKey } from './roster';
import type { Employment, Person, RosterImportRow, StaffRole } from './types';

// A roster list pasted from Excel (tab-separated) or opened as a CSV file (Swedish Excel
// saves with semicolons, others with commas): one person per line, "name; role[; employment]".

/** Why a line cannot be imported, as a catalog key for the backend to translate. */
export interface RosterLineProblem {
  key: MessageKey;
  params: MessageParams;
}

export interface ParsedRosterLine {
  /** 1-based, counting blank lines and the header, so it matches the user's file. */
  line: number;
  raw: string;
  name: string;
  role: StaffRole | null;
  employment: Employment;
  problem: RosterLineProblem | null;
}

// Keys as compared: lower case, without spaces or dots, so "Leg. SSK", "ssk" and
// "Planerare / kontaktperson" all match. Plurals too, since lists are often headed by group.
const ROLE_ALIASES: Record<StaffRole, readonly string[]> = {
  careStaff: ['omvårdnadspersonal', 'omsorgspersonal', 'undersköterska', 'undersköterskor', 'usk', 'vårdbiträde', 'vårdbiträden', 'vb', 'vårdare'],
  occupationalTherapist: ['arbetsterapeut', 'arbetsterapeuter', 'at'],
  physiotherapist: ['fysioterapeut', 'fysioterapeuter', 'ft', 'sjukgymnast', 'sjukgymnaster'],
  nurse: ['sjuksköterska', 'sjuksköterskor', 'ssk', 'distriktssköterska', 'distriktssköterskor'],
  unitManager: ['enhetschef', 'enhetschefer', 'ec', 'verksamhetsansvarig', 'verksamhetsansvariga'],
  planner: ['planerare', 'kontaktperson', 'kontaktpersoner', 'kontaktpersonal', 'planerare/kontaktperson', 'planerare/kontaktpersonal'],
  rehabAssistant: ['rehabassistent', 'rehabassistenter', 'rehabiliteringsassistent', 'rehabiliteringsassistenter'],
  other: ['annan', 'annat', 'andra', 'övrig', 'övriga'],
};

const EMPLOYMENT_ALIASES: Record<Employment, readonly string[]> = {
  regular: ['ordinarie', 'ord', 'tillsvidare', 'tillsvidareanställd', 'fast', 'fastanställd'],
  substitute: ['vikarie', 'vikarier', 'vik', 'timvikarie', 'timanställd'],
};

const HEADER_NAMES = new Set(['namn', 'name', 'för-ochefternamn']);

function aliasMap<T extends string>(aliases: Record<T, readonly string[]>): Map<string, T> {
  return new Map(Object.entries<readonly string[]>(aliases).flatMap(([value, words]) => words.map((word) => [word, value as T])));
}

const ROLES = aliasMap(ROLE_ALIASES);
const EMPLOYMENTS = aliasMap(EMPLOYMENT_ALIASES);

function wordKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[\s.]+/g, '');
}

/** The role a cell names, also after a "leg." (legitimerad) title. */
export function roleFromText(text: string): StaffRole | null {
  const key = wordKey(text);
  return ROLES.get(key) ?? ROLES.get(key.replace(/^leg(itimerad)?/, '')) ?? null;
}

const DELIMITERS = ['\t', ';', ','] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * The cells of one line. A cell may be quoted ("Berg, Anna") with "" for a quote inside it;
 * an unclosed quote runs to the end of the line. Unquoted cells are trimmed.
 */
function splitCells(line: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let start = i;
    while (line[start] === ' ') start += 1;
    let cell = '';
    if (line[start] === '"') {
      i = start + 1;
      while (i < line.length) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += line[i];
        i += 1;
      }
      // Anything between the closing quote and the delimiter is kept, as Excel does.
      const end = line.indexOf(delimiter, i);
      cell += line.slice(i, end === -1 ? line.length : end);
      i = end;
    } else {
      const end = line.indexOf(delimiter, i);
      cell = line.slice(i, end === -1 ? line.length : end);
      i = end;
    }
    cells.push(cell.trim());
    if (i === -1) return cells;
    i += 1;
  }
}

/** One separator for the whole text: tab if any line has one, else semicolon, else comma. */
function detectDelimiter(lines: string[]): Delimiter {
  return DELIMITERS.find((d) => lines.some((line) => splitCells(line, d).length > 1)) ?? ',';
}

function checkLine(
  raw: string,
  cells: string[],
): { name: string; role: StaffRole | null; employment: Employment; problem: RosterLineProblem | null } {
  const name = (cells[0] ?? '').replace(/\s+/g, ' ');
  const roleText = cells[1] ?? '';
  const employmentText = cells[2] ?? '';
  const role = roleText === '' ? null : roleFromText(roleText);
  const employment = employmentText === '' ? 'regular' : (EMPLOYMENTS.get(wordKey(employmentText)) ?? null);
  const result = { name, role, employment: employment ?? 'regular' };

  const problem = (key: MessageKey, params: MessageParams = {}) => ({ ...result, problem: { key, params } });
  // Checked first and on the whole line: whatever else is wrong, the personnummer must go.
  if (containsPersonnummer(raw)) return problem('error.import.personnummer');
  if (name === '') return problem('error.import.noName');
  if (name.length > LIMITS.nameMax) return problem('error.import.nameTooLong', { max: LIMITS.nameMax });
  if (roleText === '') return problem('error.import.noRole');
  if (role === null) return problem('error.import.unknownRole', { role: roleText });
  if (employment === null) return problem('error.import.unknownEmployment', { employment: employmentText });
  return { ...result, problem: null };
}

/**
 * Reads a pasted or opened roster list. Blank lines and a header row ("Namn; Roll") are
 * skipped; every other line becomes one row, with a problem when it cannot be imported.
 * The second of two lines with the same name is a problem (the first one stands).
 * More than LIMITS.importRowsMax rows is refused as a whole.
 */
export function parseRosterText(text: string): ParsedRosterLine[] {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
  const content = lines.map((raw, index) => ({ raw, line: index + 1 })).filter(({ raw }) => raw.trim() !== '');
  const delimiter = detectDelimiter(content.map(({ raw }) => raw));

  const first = content[0];
  if (first && HEADER_NAMES.has(wordKey(splitCells(first.raw, delimiter)[0] ?? ''))) {
    content.shift();
  }
  if (content.length > LIMITS.importRowsMax) {
    throw new DomainError('VALIDATION', 'validation.importTooLong', { max: LIMITS.importRowsMax }, 'text');
  }

  const firstLineOfName = new Map<string, number>();
  return content.map(({ raw, line }) => {
    const checked = checkLine(raw, splitCells(raw, delimiter));
    let { problem } = checked;
    if (problem === null) {
      const key = personNameKey(checked.name);
      const earlier = firstLineOfName.get(key);
      if (earlier === undefined) firstLineOfName.set(key, line);
      else problem = { key: 'error.import.duplicateInList', params: { name: checked.name, line: earlier } };
    }
    return { line, raw, ...checked, problem };
  });
}

export interface RosterImportContext {
  /** Name keys (personNameKey) of the people on this unit's roster today. */
  unitNameKeys: ReadonlySet<string>;
  /** Everyone else entered in the installation: other units' staff and former members. */
  others: readonly Person[];
}

export interface ClassifiedRosterLine extends ParsedRosterLine {
  outcome: RosterImportRow['outcome'];
  /** The person a 'link' line adds to this unit. */
  linkTo: Person | null;
  /** Shown in the preview: the problem of an error line, or what happens to the line. */
  message: RosterLineProblem | null;
}

/**
 * What importing each line would do: a name already on this unit's roster is skipped
 * (existing); a name that matches exactly one person elsewhere with the same role adds that
 * person to this unit (link), so they are not entered twice; any other name is a new person.
 */
export function classifyRosterLines(lines: readonly ParsedRosterLine[], { unitNameKeys, others }: RosterImportContext): ClassifiedRosterLine[] {
  return lines.map((line) => {
    if (line.problem) return { ...line, outcome: 'error', linkTo: null, message: line.problem };
    const key = personNameKey(line.name);
    if (unitNameKeys.has(key)) {
      return { ...line, outcome: 'existing', linkTo: null, message: { key: 'roster.import.existing', params: {} } };
    }
    const matches = others.filter((person) => person.role === line.role && personNameKey(person.name) === key);
    if (matches.length === 1) {
      return { ...line, outcome: 'link', linkTo: matches[0] ?? null, message: { key: 'roster.import.link', params: {} } };
    }
    return { ...line, outcome: 'add', linkTo: null, message: null };
  });
}
