import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/limits';
import { DomainError } from '../../shared/domain/errors';
import { classifyRosterLines, parseRosterText, roleFromText } from '../../shared/domain/rosterImport';
import type { Person, StaffRole } from '../../shared/domain/types';

/** The parsed lines as [line, name, role, employment] for the good ones. */
const good = (text: string) =>
  parseRosterText(text)
    .filter((line) => line.problem === null)
    .map(({ line, name, role, employment }) => [line, name, role, employment]);

const problems = (text: string) =>
  parseRosterText(text)
    .filter((line) => line.problem !== null)
    .map(({ line, problem }) => [line, problem?.key, problem?.params]);

describe('reading a pasted or opened roster list', () => {
  it('reads a paste from Excel: tab-separated, with a header row', () => {
    const text = 'Namn\tYrkesroll\nAnna Berg\tUndersköterska\nBo Ek\tAT\n';
    expect(good(text)).toEqual([
      [2, 'Anna Berg', 'careStaff', 'regular'],
      [3, 'Bo Ek', 'occupationalTherapist', 'regular'],
    ]);
  });

  it('reads a Swedish CSV file: semicolons, CRLF line ends and a BOM from Excel', () => {
    const text = '\uFEFFnamn;roll\r\nAnna Berg;usk\r\nCecilia Dahl;SSK\r\n';
    expect(good(text)).toEqual([
      [2, 'Anna Berg', 'careStaff', 'regular'],
      [3, 'Cecilia Dahl', 'nurse', 'regular'],
    ]);
  });

  it('reads a comma-separated file without a header', () => {
    expect(good('Anna Berg,undersköterska\nDavid Falk,sjukgymnast')).toEqual([
      [1, 'Anna Berg', 'careStaff', 'regular'],
      [2, 'David Falk', 'physiotherapist', 'regular'],
    ]);
  });

  it('keeps a quoted name with the separator in it, and "" as a quote', () => {
    expect(good('"Berg, Anna";usk\n"Ek ""Bosse"" Bo";"AT"')).toEqual([
      [1, 'Berg, Anna', 'careStaff', 'regular'],
      [2, 'Ek "Bosse" Bo', 'occupationalTherapist', 'regular'],
    ]);
    expect(good('"Berg, Anna",usk')).toEqual([[1, 'Berg, Anna', 'careStaff', 'regular']]);
  });

  it('skips blank lines but counts them, so line numbers match the file', () => {
    expect(good('\nAnna Berg;usk\n   \n\nBo Ek;FT\n')).toEqual([
      [2, 'Anna Berg', 'careStaff', 'regular'],
      [5, 'Bo Ek', 'physiotherapist', 'regular'],
    ]);
  });

  it('trims cells and collapses spaces inside a name', () => {
    expect(good('  Anna   Berg  ;  usk  ')).toEqual([[1, 'Anna Berg', 'careStaff', 'regular']]);
  });

  it('reads vikarie or ordinarie from a third column; no third column means ordinarie', () => {
    expect(good('Anna Berg;usk;vikarie\nBo Ek;usk;Ordinarie\nCia Dahl;usk;\nDan Ek;usk')).toEqual([
      [1, 'Anna Berg', 'careStaff', 'substitute'],
      [2, 'Bo Ek', 'careStaff', 'regular'],
      [3, 'Cia Dahl', 'careStaff', 'regular'],
      [4, 'Dan Ek', 'careStaff', 'regular'],
    ]);
  });

  it('a header is only the first line: a later "Namn" row is a person line', () => {
    expect(problems('Anna Berg;usk\nNamn;Roll')).toEqual([[2, 'error.import.unknownRole', { role: 'Roll' }]]);
  });

  it('an empty text has no rows', () => {
    expect(parseRosterText('')).toEqual([]);
    expect(parseRosterText('\uFEFF\r\n\r\n')).toEqual([]);
    expect(parseRosterText('Namn;Roll\n')).toEqual([]);
  });

  it('keeps the raw line for the preview', () => {
    expect(parseRosterText('x\n"Berg, Anna";usk\r\n')[1]).toMatchObject({ line: 2, raw: '"Berg, Anna";usk' });
  });
});

describe('roles are matched by their Swedish names', () => {
  it.each<[string, StaffRole]>([
    ['omvårdnadspersonal', 'careStaff'],
    ['Undersköterskor', 'careStaff'],
    ['USK', 'careStaff'],
    ['vårdbiträde', 'careStaff'],
    ['Vårdbiträden', 'careStaff'],
    ['at', 'occupationalTherapist'],
    ['A.T.', 'occupationalTherapist'],
    ['Arbetsterapeut', 'occupationalTherapist'],
    ['Leg. arbetsterapeut', 'occupationalTherapist'],
    ['FT', 'physiotherapist'],
    ['sjukgymnast', 'physiotherapist'],
    ['Fysioterapeuter', 'physiotherapist'],
    ['Ssk', 'nurse'],
    ['leg. ssk', 'nurse'],
    ['SJUKSKÖTERSKA', 'nurse'],
    ['EC', 'unitManager'],
    ['Enhetschef', 'unitManager'],
    ['verksamhetsansvarig', 'unitManager'],
    ['planerare', 'planner'],
    ['Kontaktperson', 'planner'],
    ['Planerare / kontaktperson', 'planner'],
    ['rehabassistent', 'rehabAssistant'],
    ['Rehab assistent', 'rehabAssistant'],
    ['annan', 'other'],
  ])('%j is %s', (text, role) => {
    expect(roleFromText(text)).toBe(role);
  });

  it.each(['läkare', 'sköterska', 'terapeut', 'x'])('%j is no role', (text) => {
    expect(roleFromText(text)).toBeNull();
  });
});

describe('a line that cannot be imported says why, with its line number', () => {
  it('an unknown role names the role as written', () => {
    expect(problems('Anna Berg;usk\nBo Ek;Läkare')).toEqual([[2, 'error.import.unknownRole', { role: 'Läkare' }]]);
  });

  it('an empty name, or only a role', () => {
    expect(problems(';usk\n\t\n"";AT')).toEqual([
      [1, 'error.import.noName', {}],
      [3, 'error.import.noName', {}],
    ]);
  });

  it('a name without a role', () => {
    expect(problems('Anna Berg\nBo Ek;')).toEqual([
      [1, 'error.import.noRole', {}],
      [2, 'error.import.noRole', {}],
    ]);
  });

  it('a name longer than a name may be', () => {
    expect(problems(`${'x'.repeat(LIMITS.nameMax + 1)};usk\n${'y'.repeat(LIMITS.nameMax)};usk`)).toEqual([
      [1, 'error.import.nameTooLong', { max: LIMITS.nameMax }],
    ]);
  });

  it('an employment that is neither ordinarie nor vikarie', () => {
    expect(problems('Anna Berg;usk;heltid')).toEqual([[1, 'error.import.unknownEmployment', { employment: 'heltid' }]]);
  });

  it.each([
    'Anna Berg;usk;850101-1234',
    'Anna Berg 19850101-1234;usk',
    '850101-1234;usk',
    'Anna Berg;usk;8501011234',
    // Pasted from a web page or a PDF: a no-break space, full-width digits, a zero-width space.
    'Anna Berg 19850101\u00a01234;usk',
    'Anna Berg;usk;８５０１０１－１２３４',
    'Anna Berg;usk;8501\u200b01-1234',
  ])('a cell that looks like a personnummer: %j', (text) => {
    expect(problems(text)).toEqual([[1, 'error.import.personnummer', {}]]);
  });

  it('the same name twice in the list: the second is refused, pointing at the first', () => {
    expect(problems('Anna Berg;usk\nBo Ek;AT\n anna  BERG ;SSK')).toEqual([[3, 'error.import.duplicateInList', { name: 'anna BERG', line: 1 }]]);
  });

  it('a broken first line does not make a corrected later one a duplicate', () => {
    expect(good('Anna Berg;läkare\nAnna Berg;usk')).toEqual([[2, 'Anna Berg', 'careStaff', 'regular']]);
  });

  it(`more than ${LIMITS.importRowsMax} people is refused as a whole, on the text`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i};usk`).join('\n');
    expect(parseRosterText(`Namn;Roll\n${rows(LIMITS.importRowsMax)}\n\n`)).toHaveLength(LIMITS.importRowsMax);
    const refusal = (() => {
      try {
        parseRosterText(rows(LIMITS.importRowsMax + 1));
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'VALIDATION', messageKey: 'validation.importTooLong', field: 'text' });
  });
});

describe('what importing each line would do', () => {
  const person = (id: number, name: string, role: StaffRole): Person => ({ id, name, role, employment: 'regular', email: '' });
  const ft = person(7, 'Eva Falk', 'physiotherapist');
  const classify = (text: string, unitNames: string[], others: Person[]) =>
    classifyRosterLines(parseRosterText(text), { unitNameKeys: new Set(unitNames), others }).map(({ line, outcome, linkTo, message }) => [
      line,
      outcome,
      linkTo?.id ?? null,
      message?.key ?? null,
    ]);

  it('a name on this unit’s roster is skipped, whatever its case', () => {
    expect(classify('ANNA BERG;usk', ['anna berg'], [])).toEqual([[1, 'existing', null, 'roster.import.existing']]);
  });

  it('a name that matches one person elsewhere with the same role adds that person', () => {
    expect(classify('eva falk;FT', [], [ft])).toEqual([[1, 'link', 7, 'roster.import.link']]);
  });

  it('a namesake with another role is a new person', () => {
    expect(classify('Eva Falk;SSK', [], [ft])).toEqual([[1, 'add', null, null]]);
  });

  it('two namesakes elsewhere with the same role: not guessed, a new person', () => {
    expect(classify('Eva Falk;FT', [], [ft, person(8, 'Eva  Falk', 'physiotherapist')])).toEqual([[1, 'add', null, null]]);
  });

  it('an error line stays an error even when its name is known', () => {
    expect(classify('Eva Falk;läkare', ['eva falk'], [ft])).toEqual([[1, 'error', null, 'error.import.unknownRole']]);
  });
});
