import { draftLines, type Context } from './labelDrafts';
import type {
  ClusterMark,
  DetailLevel,
  EventMark,
  LabelBox,
  LabelChip,
  LaneBand,
  ReadableLayout,
} from './layoutTypes';
import { itemAt } from './itemAt';
import { laneNameWidth, type Attempt } from './levelOfDetail';

/** Turns stacked drafts into marks, clusters and label boxes in plot coordinates. */
export function assemble(found: Attempt, level: DetailLevel, fits: boolean, c: Context): ReadableLayout {
  const { lanes } = c.events;
  const several = lanes.length > 1;
  const { g } = c;
  const marks: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  const labelBoxes: LabelBox[] = [];
  const bands: LaneBand[] = [];
  let y = 0;
  let rows = 0;
  lanes.forEach((lane, index) => {
    const y0 = y;
    const top = y0;
    const drafts = found.drafts[index] ?? [];
    const laneRows = found.rows[index] ?? [];
    drafts.forEach((d, i) => {
      const boxTop = top + (laneRows[i] ?? 0) * g.row;
      const glyphY = boxTop + g.row / 2;
      const textTop = d.placement === 'below' ? glyphY + g.row : glyphY;
      const anchor = d.placement === 'left' ? 'end' : 'start';
      const lines = draftLines(d).map((text, k) => ({ text, x: d.textX, y: textTop + k * g.line }));
      const chipsY = textTop + lines.length * g.line + 2;
      const chips: LabelChip[] = [];
      const chipsWidth = d.chips.reduce((sum, chip, k) => sum + chip.width + (k > 0 ? g.chipGap : 0), 0);
      let chipX = anchor === 'start' ? d.textX : d.textX - chipsWidth;
      for (const chip of d.chips) {
        chips.push({ text: chip.text, x: chipX, y: chipsY, width: chip.width, draft: chip.draft });
        chipX += chip.width + g.chipGap;
      }
      const boxIndex = labelBoxes.length;
      const owner: LabelBox['owner'] =
        d.type === 'event'
          ? { type: 'event', mark: marks.length }
          : { type: 'cluster', cluster: clusters.length };
      labelBoxes.push({
        owner,
        x0: d.item.x0,
        x1: d.item.x1,
        y0: boxTop,
        y1: boxTop + d.item.rows * g.row,
        anchor,
        lines,
        chips,
      });
      if (d.type === 'event') {
        marks.push({ event: d.event, lane: index, x: d.x, y: glyphY, range: d.range, box: boxIndex });
      } else {
        const members = itemAt(c.events.laneMembers, index);
        clusters.push({
          lane: index,
          from: d.from,
          to: d.to,
          events: members.subarray(d.from, d.to),
          first: d.event,
          x0: d.x,
          x1: d.range?.[1] ?? d.x,
          y: glyphY,
          box: boxIndex,
        });
      }
    });
    const used = found.used[index] ?? 0;
    rows += used;
    y = top + Math.max(1, used) * g.row + (several ? g.lanePad : 0);
    const name = several ? { x0: 0, y0, x1: laneNameWidth(index, c), y1: y0 + g.row } : null;
    bands.push({ lane, index, y0, y1: y, name, rows: used });
  });
  const span: [number, number] = [
    c.x.invert(g.glyph / 2).getTime(),
    c.x.invert(c.width - g.glyph / 2).getTime(),
  ];
  return { width: c.width, height: y, lanes: bands, marks, clusters, labelBoxes, rows, level, fits, span };
}
