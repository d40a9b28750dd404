import { describe, expect, it } from 'vitest';
import { MIN_PLOT_HEIGHT, PAGE_AROUND_PLOT, plotHeightBudget } from './plotHeight';

describe('plotHeightBudget', () => {
  it('fits one lane into the window on a wide screen', () => {
    expect(plotHeightBudget(900, false)).toBe(900 - PAGE_AROUND_PLOT);
    expect(plotHeightBudget(900, false, 1)).toBe(900 - PAGE_AROUND_PLOT);
  });

  it('lets lanes, or a narrow screen, take one and a half windows', () => {
    expect(plotHeightBudget(900, false, 8)).toBe(1350);
    expect(plotHeightBudget(812, true)).toBe(1218);
  });

  it('never goes below the least plot height', () => {
    expect(plotHeightBudget(300, false)).toBe(MIN_PLOT_HEIGHT);
    expect(plotHeightBudget(100, true, 4)).toBe(MIN_PLOT_HEIGHT);
  });
});
