/**
 * numerator / denominator in whole units, rounded half away from zero (-2.5 -> -3, like
 * 2.5 -> 3), in integer arithmetic so no binary fraction decides a tie. Money and hours
 * round the same way, so a negative difference is the mirror image of a positive one.
 */
export function divideRounded(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator);
  return sign * Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
}
