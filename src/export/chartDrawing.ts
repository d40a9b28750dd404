import type { ReactElement } from 'react';
import type { Amount } from '../data/schema';
import type { LeanEvent } from '../data/leanDataset';
import type { KeyEntry } from './frameLayout';

/** A key entry with the swatch that shows it (drawn in a 26 × 14 box at the origin). */
export interface KeyItem extends KeyEntry {
  swatch: ReactElement;
}

/** One chart drawn for an image, from the same layout the screen draws. */
export interface ChartDrawing {
  /** Height of the drawing in px; its width is the width it was asked for. */
  height: number;
  /** SVG content drawn at the origin, with paint as palette tokens. */
  element: ReactElement;
  /** The encodings this drawing uses, and only those. */
  key: KeyItem[];
  /** What is drawn (a cluster counts each of its events). */
  events: readonly LeanEvent[];
  amounts: readonly Amount[];
  /** What the chart leaves out or how it reads, in a sentence each: "The 40 largest of 312 figures are drawn." */
  notes: string[];
}
