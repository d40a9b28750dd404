import { describe, expect, it } from 'vitest';
import { estimateText, fitText, TEXT_FONTS } from './timelineText';

describe('fitText', () => {
  it('fits text with an ellipsis, or gives up below the minimum width', () => {
    expect(fitText('Short', 100, estimateText, 40)).toBe('Short');
    const cut = fitText('A title that is much too long', 80, estimateText, 40);
    expect(cut).toMatch(/…$/);
    expect(estimateText(cut ?? '', 'label')).toBeLessThanOrEqual(80);
    expect(fitText('A title that is much too long', 30, estimateText, 40)).toBeNull();
  });

  it('keeps at least four characters before the ellipsis', () => {
    expect(fitText('Wwwwwwwwwwww', 40, estimateText, 20)).toBeNull();
  });
});

describe('estimateText', () => {
  it('measures each style in its own font: bold badges are wider than labels', () => {
    expect(TEXT_FONTS.badge.weight).toBeGreaterThan(TEXT_FONTS.label.weight ?? 400);
    expect(estimateText('$325M', 'badge') / TEXT_FONTS.badge.size).toBeGreaterThan(
      estimateText('$325M', 'label') / TEXT_FONTS.label.size,
    );
  });
});
