import { describe, expect, it } from 'vitest';
import { containsPersonnummer, findPersonnummer, maskPersonnummer } from '../../shared/domain/personnummer';

// 811228-9874 has a valid checksum (Skatteverket's example); 811228-9875 does not. Both
// point out a person, so both are caught.
describe('text that looks like a personnummer', () => {
  it.each([
    ['YYMMDD-NNNN, valid checksum', '811228-9874'],
    ['YYMMDD-NNNN, invalid checksum', '811228-9875'],
    ['YYMMDD+NNNN (over 100 years old)', '191228+9874'],
    ['YYMMDDNNNN without dash', '8112289874'],
    ['YYYYMMDD-NNNN with century', '19811228-9874'],
    ['YYYYMMDDNNNN with century, no dash', '198112289874'],
    ['YYYYMMDDNNNN born this century', '200302291234'],
    ['a samordningsnummer (day + 60)', '811288-9874'],
    ['a samordningsnummer with century', '19811261-1234'],
    ['an en dash from a word processor', '811228–9874'],
    ['a space instead of the dash', '811228 9874'],
    ['inside a sentence', 'Brukaren (811228-9874) vill ha hjälp'],
    ['glued to letters', 'Ärende811228-9874b'],
  ])('is caught: %s', (_case, text) => {
    expect(containsPersonnummer(text)).toBe(true);
  });

  it.each([
    ['an ordinary date', '2026-05-14'],
    ['a date and a time', '2026-05-14 14:00'],
    ['a compact date alone', '20260514'],
    ['a Swedish date', '14/5 2026'],
    ['a mobile number whose "month" is 31', '0731234567'],
    ['a mobile number with a dash', '073-123 45 67'],
    ['a landline number', '08-123 456 78'],
    ['month 13', '811328-9874'],
    ['month 00', '810028-9874'],
    ['day 00', '811200-9874'],
    ['day 32', '811232-9874'],
    ['day 60 (neither a date nor a samordningsnummer)', '811260-9874'],
    ['day 92', '811292-9874'],
    ['an implausible century', '178112289874'],
    ['too few digits after the dash', '811228-987'],
    ['part of a longer number', '98112289874'],
    ['part of a 13-digit number', '1981122898745'],
    ['a pseudonymous reference', 'Ärende K7'],
    ['initials and a number', 'AB 12'],
  ])('is not caught: %s', (_case, text) => {
    expect(containsPersonnummer(text)).toBe(false);
  });

  it('finds every personnummer in a note, as written, for the warning', () => {
    const note = 'Anna 811228-9874 och Bo 198112289875 ringde 2026-05-14, tel 0731234567.';
    expect(findPersonnummer(note)).toEqual(['811228-9874', '198112289875']);
  });

  it('finds nothing in a note without one', () => {
    expect(findPersonnummer('Uppföljning av fallrisk, se genomförandeplanen.')).toEqual([]);
  });
});

// Numbers pasted from a web page, a PDF or a phone: the same number, disguised by the way
// it was written. Escapes keep the invisible characters visible in this file.
describe('a personnummer written in a disguise', () => {
  it.each([
    ['a no-break space before the last four', '19121212\u00a01212'],
    ['a narrow no-break space', '121212\u202f1212'],
    ['a thin space around the dash', '19121212\u2009-\u20091212'],
    ['a zero-width space inside the date', '1912\u200b1212-1212'],
    ['a zero-width joiner inside the last four', '121212-12\u200d12'],
    ['a soft hyphen inside', '12\u00ad1212-1212'],
    ['a word joiner and a byte order mark', '\ufeff121212\u2060-1212'],
    ['full-width digits and dash', '１９１２１２１２－１２１２'],
    ['full-width plus (over 100)', '１２１２１２＋１２１２'],
    ['mathematical bold digits', '𝟏𝟐𝟏𝟐𝟏𝟐-𝟏𝟐𝟏𝟐'],
    ['a minus sign for the dash', '121212\u22121212'],
    ['a non-breaking hyphen', '121212\u20111212'],
    ['an underscore for the dash', '121212_1212'],
    ['dots in the date', '19.12.12-1212'],
    ['dots in a short date', '12.12.12-1212'],
    ['slashes in the date', '1912/12/12-1212'],
    ['hyphens all the way', '1912-12-12-1212'],
    ['spaces in the date', '19 12 12-1212'],
    ['a dot before the last four', '121212.1212'],
    ['a slash before the last four', '121212/1212'],
    ['spaces around the dash', '121212 - 1212'],
    ['two spaces', '121212  1212'],
    ['a line break', '121212\n1212'],
    ['plus for the over-100s', '121212+1212'],
    ['a samordningsnummer with century', '19121272-1212'],
    ['a samordningsnummer without century', '121272-1212'],
    ['without century', '121212-1212'],
    ['in the cancel reason of the issue', 'Brukare 19121212-1212 avled'],
    ['in a guest name', 'Kim 19121212-1212'],
    ['born this century, without a dash', '0501011234'],
  ])('is caught: %s', (_case, text) => {
    expect(containsPersonnummer(text)).toBe(true);
  });

  it.each([
    ['a date and a time', '2027-02-15 1400'],
    ['a date and a time with a dot', '2027-02-15 14.00'],
    ['a time', '14:00'],
    ['a time span', '14:00–15:30'],
    ['a period of dates', '2026-07-01–2026-07-31'],
    ['a period of dates with spaces', '2026-07-01 - 2026-07-31'],
    ['a date in dots', '15.02.2027'],
    ['a week', 'v. 53'],
    ['an ISO week', '2026-W53'],
    ['an amount', '1 250 000,00 kr'],
    ['an amount with a point', '12345.50'],
    ['a cost centre', '1234-5678'],
    ['a cost centre with letters', 'KS 4410'],
    ['an organisation number', '556677-8899'],
    ['a municipality organisation number', '212000-0142'],
    ['a mobile number with spaces', '070-123 45 67'],
    ['a mobile number with a full-width dash', '070－123 45 67'],
    ['a landline number', '08-123 456 78'],
    ['an international number', '+46 70 123 45 67'],
    ['an international number without spaces', '+46701234567'],
    ['a mobile number with one dash', '070-1234567'],
    ['digits with no-break spaces that are no date', '08\u00a0123\u00a0456\u00a078'],
  ])('is not caught: %s', (_case, text) => {
    expect(containsPersonnummer(text)).toBe(false);
  });

  it('finds it as written, invisible characters and full-width digits included, so it can be masked', () => {
    expect(findPersonnummer('Kim １２１２１２\u200b－１２１２ och 19.12.12-1212.')).toEqual(['１２１２１２\u200b－１２１２', '19.12.12-1212']);
  });
});

// In the phone field a phone number must pass: ordinary Swedish numbers are ten digits that
// start with 0, and 070-, 0701- and 0712- numbers read like a date of 2007.
describe('a phone number where a phone number is expected', () => {
  const phone = { phone: true };

  it.each([
    ['a mobile number in one run', '0701234567'],
    ['a mobile number in one run whose "date" is 2007-12-12', '0712121234'],
    ['a mobile number with spaces', '070-123 45 67'],
    ['a mobile number split 6+4 by a space', '070123 4567'],
    ['a landline number', '08-123 456 78'],
    ['a landline number in one run', '0812121234'],
    ['an area code with four digits', '0123-456 78'],
    ['an international number', '+46 70 123 45 67'],
    ['an international number in one run', '+46701234567'],
  ])('passes: %s', (_case, text) => {
    expect(containsPersonnummer(text, phone)).toBe(false);
  });

  it.each([
    ['with century', '19121212-1212'],
    ['with century, in one run', '191212121212'],
    ['with century and a space', '20071212 1234'],
    ['with a dash', '121212-1212'],
    ['with a dash, born 2007', '071212-1234'],
    ['with a plus', '121212+1212'],
    ['in one run, not starting with 0', '1212121212'],
  ])('is caught: %s', (_case, text) => {
    expect(containsPersonnummer(text, phone)).toBe(true);
  });

  it('outside the phone field, a ten-digit run that reads as a date is caught', () => {
    expect(containsPersonnummer('Ring 0701234567')).toBe(true);
  });
});

describe('masking a personnummer shown back (the roster import preview)', () => {
  it.each([
    ['typed', 'Kim 19121212-1212;usk', 'Kim ••••••••-••••;usk'],
    ['in full-width digits', 'Kim １２１２１２－１２１２', 'Kim ••••••－••••'],
    ['with a zero-width space inside', 'Kim 1212\u200b12-1212', 'Kim ••••\u200b••-••••'],
    ['twice, the same', 'Kim 121212-1212 och 121212-1212', 'Kim ••••••-•••• och ••••••-••••'],
  ])('hides every digit of it, and nothing else: %s', (_case, text, masked) => {
    expect(maskPersonnummer(text)).toBe(masked);
  });

  it('leaves text without one as it is', () => {
    expect(maskPersonnummer('Anna Berg;usk;070-123 45 67')).toBe('Anna Berg;usk;070-123 45 67');
  });
});
