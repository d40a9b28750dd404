import { randomInt, type Random } from './random';

const DAY_MS = 86_400_000;

/**
 * How busy each day is, relative to an ordinary weekday: bursts around a few busy days (a summit, a
 * wave of strikes) that fade over the following days, quiet stretches of weeks, and slower weekends.
 */
export function dayWeights(random: Random, startMs: number, days: number): Float64Array {
  const weights = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const weekday = new Date(startMs + d * DAY_MS).getUTCDay();
    weights[d] = weekday === 0 || weekday === 6 ? 0.5 : 1;
  }
  const quietStretches = Math.max(1, Math.round(days / 120));
  for (let i = 0; i < quietStretches; i++) {
    const start = randomInt(random, 0, days - 1);
    const length = randomInt(random, 10, 40);
    for (let d = start; d < Math.min(days, start + length); d++) weights[d] = (weights[d] ?? 0) * 0.1;
  }
  const bursts = Math.max(1, Math.round(days / 15));
  for (let i = 0; i < bursts; i++) {
    const centre = randomInt(random, 0, days - 1);
    const peak = 5 + random() * 35;
    const fade = 0.5 + random() * 2.5;
    for (let d = centre; d < Math.min(days, centre + 10); d++) {
      weights[d] = (weights[d] ?? 0) + peak * Math.exp(-(d - centre) / fade);
    }
  }
  return weights;
}
