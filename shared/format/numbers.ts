import { divideRounded } from '../domain/rounding';

// Money is whole öre and time whole minutes everywhere; only these functions turn them into
// text or back. Integer arithmetic, so no binary fraction ever shows: "1 165,50 kr" on screen
// is the öre the backend summed. Two styles:
//   - screen and print: thousands grouped by a space that never breaks, minus sign "−";
//   - files and input fields: no grouping, ASCII "-", so a spreadsheet or the amount field reads it back.

const NBSP = '\u00a0';

/** 1234567 -> "1 234 567" (Swedish thousands separator, a space that never breaks a line). */
function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Hundredths as "whole,hh" with a decimal comma. */
function twoDecimals(hundredths: number, style: 'screen' | 'plain'): string {
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const sign = hundredths < 0 ? (style === 'screen' ? '−' : '-') : '';
  const wholeText = style === 'screen' ? groupThousands(whole) : String(whole);
  return `${sign}${wholeText},${String(abs % 100).padStart(2, '0')}`;
}

/** Participant-minutes as hundredths of an hour, rounded half away from zero like öre in billing. */
const hundredthsOfHour = (minutes: number) => divideRounded(minutes * 100, 60);

/** 116550 -> "1 165,50 kr". */
export function formatOre(ore: number): string {
  return `${twoDecimals(ore, 'screen')}${NBSP}kr`;
}

/** 116550 -> "1165,50": the CSV, the export header lines and the amount field of a saved rate. */
export function kronorText(ore: number): string {
  return twoDecimals(ore, 'plain');
}

/** "333,50", "333.5", "1 200" -> öre; NaN for anything else, so the schema refuses it with its own message. */
export function parseKronor(text: string): number {
  const match = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const kronor = Number(match[1]!.replace(/[ \u00a0]/g, ''));
  const ore = Number((match[2] ?? '').padEnd(2, '0'));
  return kronor * 100 + ore;
}

/** 210 participant-minutes -> "3,50" participant-hours on screen, to the hundredth. */
export function formatHours(minutes: number): string {
  return twoDecimals(hundredthsOfHour(minutes), 'screen');
}

/** 885 participant-minutes -> "14,75" in the CSV. */
export function hoursText(minutes: number): string {
  return twoDecimals(hundredthsOfHour(minutes), 'plain');
}
