// Money is whole öre everywhere; only these functions turn it into text or back. No
// floating point touches an amount, so "1 165,50 kr" on screen is the öre the backend summed.

const NBSP = '\u00a0';

/** 1234567 -> "1 234 567" (Swedish thousands separator, a space that never breaks a line). */
function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** 116550 -> "1 165,50 kr". */
export function formatOre(ore: number): string {
  const sign = ore < 0 ? '−' : '';
  const abs = Math.abs(ore);
  return `${sign}${groupThousands(Math.floor(abs / 100))},${String(abs % 100).padStart(2, '0')}${NBSP}kr`;
}

/** "333,50", "333.5", "1 200" -> öre; NaN for anything else, so the schema refuses it with its own message. */
export function parseKronor(text: string): number {
  const match = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const kronor = Number(match[1]!.replace(/[ \u00a0]/g, ''));
  const ore = Number((match[2] ?? '').padEnd(2, '0'));
  return kronor * 100 + ore;
}

/** 33350 -> "333,50", as the amount field shows a saved rate. */
export function kronorText(ore: number): string {
  return `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`;
}

/** 210 participant-minutes -> "3,50" participant-hours, to the hundredth. */
export function formatHours(minutes: number): string {
  const hundredths = Math.round((minutes * 100) / 60);
  return `${groupThousands(Math.floor(hundredths / 100))},${String(hundredths % 100).padStart(2, '0')}`;
}
