import { describe, expect, it } from 'vitest';
import { estimateText, TEXT_FONTS } from './timelineText';

describe('the timeline text', () => {
  it('is drawn at 12 px or more in every style', () => {
    for (const font of Object.values(TEXT_FONTS)) expect(font.size).toBeGreaterThanOrEqual(12);
  });

  it('measures each style in its own font: medium labels are no narrower than axis text', () => {
    expect(estimateText('Stoltenberg visits Kyiv', 'label')).toBeGreaterThanOrEqual(
      estimateText('Stoltenberg visits Kyiv', 'axis'),
    );
  });
});
