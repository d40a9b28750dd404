import { Fragment, type ReactElement } from 'react';
import { FlagMarker } from '../charts/figures/marks';
import type { Paint } from '../model/colors';
import { FRAME, FRAME_TEXT, type FrameLayout } from './frameLayout';
import { IMAGE_FONT_FAMILY } from './fontFace';

interface ImageFrameProps {
  layout: FrameLayout;
  /** Each chart's drawing, in the layout's order. */
  charts: readonly ReactElement[];
  /** The swatch of each key entry, by id and chart. */
  swatches: readonly ReadonlyMap<string, ReactElement>[];
  title: string;
  description: string;
  paint: Paint;
}

/**
 * The whole image: background, headline and description, each chart with its key, a rule, notes, the
 * source line, byline and appendix, in the image's paint.
 */
export function ImageFrame({ layout, charts, swatches, title, description, paint }: ImageFrameProps) {
  const { width, height } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      fontFamily={IMAGE_FONT_FAMILY}
    >
      <title>{title}</title>
      <desc>{description}</desc>
      <rect width={width} height={height} fill={paint('var(--surface)')} />
      {layout.lines.map((line, i) => {
        const style = FRAME_TEXT[line.role];
        return (
          <Fragment key={i}>
            {line.flag !== undefined && (
              <FlagMarker x={line.x - FRAME.flagIndent} y={line.y - 11} severity={line.flag} paint={paint} />
            )}
            <text
              x={line.x}
              y={line.y}
              fontSize={style.size}
              fontWeight={style.weight}
              fill={paint(`var(--${style.color})`)}
              data-role={line.role}
            >
              {line.text}
            </text>
          </Fragment>
        );
      })}
      {layout.charts.map((box, i) => (
        <g key={i} data-chart={i}>
          <g transform={`translate(${box.x},${box.y})`}>{charts[i]}</g>
          {box.key.map(({ entry, x, y }) => (
            <g key={entry.id} transform={`translate(${x},${y})`} data-legend={entry.id}>
              {swatches[i]?.get(entry.id)}
              <text
                x={FRAME.swatch.width + FRAME.swatch.gap}
                y={11}
                fontSize={FRAME_TEXT.key.size}
                fill={paint(`var(--${FRAME_TEXT.key.color})`)}
              >
                {entry.label}
              </text>
            </g>
          ))}
        </g>
      ))}
      <line
        x1={FRAME.padding}
        x2={width - FRAME.padding}
        y1={layout.footRule + 0.5}
        y2={layout.footRule + 0.5}
        stroke={paint('var(--line)')}
      />
    </svg>
  );
}
