import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { screenPaint } from '../model/colors';
import { bundled } from '../test/bundledDataset';
import { figureRowsOf } from './figureRowsOf';
import { timePanelsDrawing } from './timePanelsDrawing';

const { rows, byId } = figureRowsOf(bundled, bundled.amounts);
const draw = (window: readonly [number, number] | null) =>
  timePanelsDrawing({ rows, byId, scale: 'linear', window, width: 560, prefix: 't', paint: screenPaint });
const headings = (markup: string) => [...markup.matchAll(/ · (\d+) figures?/g)].map((m) => Number(m[1]));

describe('timePanelsDrawing', () => {
  it('draws a panel for every section when no window hides one', () => {
    const drawing = draw(null);
    const markup = renderToStaticMarkup(drawing.element);
    expect(headings(markup).length).toBeGreaterThan(1);
    expect(headings(markup)).not.toContain(0);
    expect(drawing.notes.join(' ')).not.toContain('Not drawn');
  });

  it('leaves out a panel with no figure in the window, and says which figures that leaves out', () => {
    const drawing = draw([Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 1)]);
    const markup = renderToStaticMarkup(drawing.element);
    expect(drawing.amounts.length).toBeGreaterThan(0);
    expect(headings(markup)).not.toContain(0);
    expect(drawing.notes.join(' ')).toMatch(
      /^Not drawn: running totals \(\d+ figures?\), (all )?dated outside/,
    );
  });

  it('says in its notes which figures are too small on the shared linear scale for their stems to show', () => {
    expect(draw(null).notes).toContainEqual(
      expect.stringMatching(
        /^\d+ figures? (is|are) too small at this scale for (its stem|their stems) to show above \$0\.$/,
      ),
    );
  });

  it('says plainly that a window holds no figures instead of drawing empty panels', () => {
    const drawing = draw([Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 8)]);
    const markup = renderToStaticMarkup(drawing.element);
    expect(drawing.amounts).toEqual([]);
    expect(drawing.key).toEqual([]);
    expect(markup).toContain(
      `No figures in this window: the ${rows.length} figures shown are dated outside it.`,
    );
    expect(headings(markup)).toEqual([]);
  });
});
