// Detection of text that looks like a Swedish personnummer or samordningsnummer, so a case
// reference can never be one and a note can warn before one is saved. The checksum is
// deliberately ignored: a mistyped personnummer still points out a person.

// Six or eight date digits, an optional separator (hyphen, plus for the over-100s, a dash
// that a word processor made of the hyphen, or a space) and four digits; not part of a
// longer run of digits.
const CANDIDATE = /(?<!\d)(\d{6}|\d{8})([-+\u2010-\u2015\u2212 ]?)(\d{4})(?!\d)/g;

/** YYMMDD or YYYYMMDD with a month 01–12 and a day 01–31, or 61–91 for a samordningsnummer. */
function isPlausibleBirthDate(digits: string): boolean {
  if (digits.length === 8 && !/^(19|20)/.test(digits)) return false;
  const month = Number(digits.slice(-4, -2));
  const day = Number(digits.slice(-2));
  const dayOfMonth = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
}

/** Every part of the text that looks like a personnummer, as written (for a warning). */
export function findPersonnummer(text: string): string[] {
  return [...text.matchAll(CANDIDATE)]
    .filter(([, date]) => isPlausibleBirthDate(date!))
    .map(([whole]) => whole);
}

/** True when the text contains something that looks like a personnummer (checksum or not). */
export function containsPersonnummer(text: string): boolean {
  return findPersonnummer(text).length > 0;
}
