import { describe, expect, it } from 'vitest';
import { containsPersonnummer, findPersonnummer } from '../../shared/domain/personnummer';

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
