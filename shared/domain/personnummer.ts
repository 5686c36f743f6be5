// Detection of text that looks like a Swedish personnummer or samordningsnummer: refused in
// every field that is printed on the billing form or leaves the app in a file, warned about
// in notes. The checksum is deliberately ignored: a mistyped personnummer still points out
// a person.
//
// The text is normalised first, so a number pasted from a web page, a PDF or a phone reads
// the same as one typed: NFKC (full-width digits), invisible characters (zero-width space,
// soft hyphen, word joiner) removed, every kind of space one space, every kind of dash or
// an underscore a hyphen, slashes one slash.

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`: where the character it came from starts and ends in the original. */
  start: number[];
  end: number[];
}

const INVISIBLE = /\p{Cf}/u;
const SPACE = /[\p{Z}\t\r\n\v\f]/u;
const DASH = /[\p{Pd}\u2212_]/u;
const SLASH = /[\u2044\u2215\u29F8]/u;

function normalise(original: string): Normalised {
  const result: Normalised = { text: '', start: [], end: [] };
  let offset = 0;
  for (const character of original) {
    const next = offset + character.length;
    for (const part of character.normalize('NFKC')) {
      let mapped = part;
      if (INVISIBLE.test(part)) continue;
      if (SPACE.test(part)) mapped = ' ';
      else if (DASH.test(part)) mapped = '-';
      else if (SLASH.test(part)) mapped = '/';
      if (mapped === ' ' && result.text.endsWith(' ')) {
        result.end[result.end.length - 1] = next;
        continue;
      }
      result.text += mapped;
      for (let unit = 0; unit < mapped.length; unit++) {
        result.start.push(offset);
        result.end.push(next);
      }
    }
    offset = next;
  }
  return result;
}

// Six or eight date digits in one run, an optional separator (a hyphen, a plus for the
// over-100s, a dot, a slash or a space, with or without a space around it) and four digits;
// not part of a longer run of digits.
const RUN = /(?<!\d)(?<date>\d{8}|\d{6})(?<separator>(?: ?[-+./] ?| )?)\d{4}(?!\d)/g;

// A date written in groups (19.12.12, 1912-12-12, 19 12 12) joined to the four digits by a
// hyphen or plus. A space is not enough here, and no date or time may follow: "2027-02-15
// 1400" is a date and a time, "2026-07-01–2026-07-31" a period.
const GROUPED = /(?<!\d[-./ ]?)(?<date>(?:\d{4}|\d{2})([-./ ])\d{2}\2\d{2})(?<separator> ?[-+] ?)\d{4}(?![-./:]?\d)/g;

/** YYMMDD or YYYYMMDD with a month 01–12 and a day 01–31, or 61–91 for a samordningsnummer. */
function isPlausibleBirthDate(digits: string): boolean {
  if (digits.length === 8 && !/^(19|20)/.test(digits)) return false;
  const month = Number(digits.slice(-4, -2));
  const day = Number(digits.slice(-2));
  const dayOfMonth = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
}

/**
 * Where a phone number is expected, ten digits that start with the trunk 0 and are not
 * split 6+4 by a hyphen or plus are read as a phone number (0701234567, 070123 45 67):
 * a personnummer counts there only with its century (19121212-1212), split by a hyphen
 * or plus (070123-4567), or when it does not start with 0 (1212121212). So a number of
 * someone born 2000–2009 written without a hyphen passes the phone field, and only it.
 */
function couldBePhoneNumber(date: string, separator: string): boolean {
  return date.length === 6 && date.startsWith('0') && !/[-+]/.test(separator);
}

export interface PersonnummerOptions {
  /** The text is a phone number: see couldBePhoneNumber. */
  phone?: boolean;
}

interface Found {
  start: number;
  end: number;
}

function findIn(text: string, options: PersonnummerOptions): Found[] {
  const normalised = normalise(text);
  const found: Found[] = [];
  for (const pattern of [RUN, GROUPED]) {
    for (const match of normalised.text.matchAll(pattern)) {
      const { date = '', separator = '' } = match.groups ?? {};
      const digits = date.replace(/\D/g, '');
      if (!isPlausibleBirthDate(digits)) continue;
      if (options.phone && couldBePhoneNumber(digits, separator)) continue;
      const last = match.index + match[0].length - 1;
      found.push({ start: normalised.start[match.index]!, end: normalised.end[last]! });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every part of the text that looks like a personnummer, as written (to mask or warn). */
export function findPersonnummer(text: string, options: PersonnummerOptions = {}): string[] {
  return findIn(text, options).map(({ start, end }) => text.slice(start, end));
}

/** True when the text contains something that looks like a personnummer (checksum or not). */
export function containsPersonnummer(text: string, options: PersonnummerOptions = {}): boolean {
  return findIn(text, options).length > 0;
}

/** The text with the digits of every personnummer in it replaced by •, as written otherwise. */
export function maskPersonnummer(text: string): string {
  let masked = '';
  let from = 0;
  for (const { start, end } of findIn(text, {})) {
    if (start < from) continue;
    masked += text.slice(from, start) + text.slice(start, end).replace(/\p{Nd}/gu, '•');
    from = end;
  }
  return masked + text.slice(from);
}
