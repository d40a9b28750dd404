// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundled, figures } from '../../test/bundledDataset';
import { buildFigureRows } from './figureRows';
import { GroupTotals } from './GroupTotals';
import { groupFigures, wholeIndex } from './grouping';

const rows = buildFigureRows(bundled.amounts, bundled);
const groups = groupFigures(rows, 'donor', wholeIndex(rows));

describe('GroupTotals', () => {
  afterEach(cleanup);

  it('gives a group of one state budget no total, says why once, and names the figure', () => {
    render(<GroupTotals groups={groups} by="donor" />);
    const russia = screen.getByText('Russia').closest('li');
    expect(russia?.textContent).toBe(
      `Russia: no total: its figure is a state budget, not aid. Not added: ${figures.russiaBudget.label} $111B.`,
    );
  });

  it('says why each figure of a summed group was left out', () => {
    render(<GroupTotals groups={groups} by="donor" />);
    const us = screen.getByText('United States').closest('li');
    expect(us?.textContent).toMatch(/Not added: .* \(a running total\)\.$/);
  });
});
