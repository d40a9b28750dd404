// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatasetContext, DatasetTextContext } from '../../data/DatasetContext';
import { textOfEvents } from '../../data/eventText';
import { TextSource } from '../../data/textSource';
import { bundled, figures } from '../../test/bundledDataset';
import { buildFigureRows } from './figureRows';
import { FiguresLegend } from './FiguresLegend';

describe('FiguresLegend', () => {
  it('groups the thousands of its counts, so that two numbers never read as one', () => {
    const amounts = Array.from({ length: 1993 }, (_, i) => ({ ...figures.usPackage, id: `a-${String(i)}` }));
    const dataset = { ...bundled, amounts, flags: [] };
    render(
      <DatasetContext.Provider value={dataset}>
        <DatasetTextContext.Provider value={TextSource.of(textOfEvents(bundled.events))}>
          <FiguresLegend rows={buildFigureRows(amounts, dataset)} />
        </DatasetTextContext.Provider>
      </DatasetContext.Provider>,
    );
    const chip = screen.getByRole('button', { name: /announced/ });
    expect(chip.textContent).toContain('1,993');
    expect(chip.textContent).not.toContain('1993');
  });
});
