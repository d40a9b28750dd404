/**
 * What the export menu offers, as data: its groups of items (the exports, the PNG size, the colours,
 * the data files), what each item does, and the status line's words.
 */
import type { ExportTarget } from '../../export/fileName';
import type { ExportAction, ExportProgress, ExportResult } from '../../export/runExport';
import type { ExportTheme } from '../../export/withTheme';

/** The PNG sizes offered, as multiples of the on-screen pixels. */
const SCALES = [1, 2, 3] as const;

/** What an item does: start an export (closes the menu), or set an option (keeps it open). */
export type Command =
  | { type: 'export'; action: ExportAction }
  | { type: 'scale'; scale: number }
  | { type: 'theme'; theme: ExportTheme }
  | { type: 'embed' };

export interface MenuItem {
  key: string;
  label: string;
  role: 'menuitem' | 'menuitemradio';
  checked?: boolean;
  /** Why the item cannot be used, shown under it; null when it can. */
  unavailable: string | null;
  command: Command;
}

export interface MenuGroup {
  label: string;
  items: MenuItem[];
}

export type Status =
  | { state: 'idle' }
  | { state: 'busy'; progress: ExportProgress; label: string }
  | { state: 'done'; result: ExportResult }
  | { state: 'error'; message: string };

const ACTION_LABELS: Record<ExportAction['kind'], string> = {
  png: 'PNG',
  svg: 'SVG',
  copy: 'Copy image',
  csv: 'CSV',
  json: 'JSON',
};

export /** The status line under the menu button. */
function statusText(status: Status): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'busy':
      return `Exporting ${status.label}: ${status.progress.step}…`;
    case 'done':
      return status.result.message;
    case 'error':
      return `Export failed: ${status.message}`;
  }
}

/** How the status line names an export: "PNG 2x", "CSV". */
export function actionLabel(action: ExportAction): string {
  return action.kind === 'png' || action.kind === 'copy'
    ? `${ACTION_LABELS[action.kind]} ${action.scale}x`
    : ACTION_LABELS[action.kind];
}

export interface MenuState {
  target: ExportTarget;
  scale: number;
  theme: ExportTheme;
  /** Why images, data or copying cannot be exported now, or null when they can. */
  imageBlocked: string | null;
  dataBlocked: string | null;
  noCopy: string | null;
}

/** The menu's groups for a target and the options chosen: a chart exports its own table, the dashboard both. */
export function menuGroups({
  target,
  scale,
  theme,
  imageBlocked,
  dataBlocked,
  noCopy,
}: MenuState): MenuGroup[] {
  const tables: ('events' | 'figures')[] =
    target === 'timeline' ? ['events'] : target === 'dashboard' ? ['events', 'figures'] : ['figures'];

  const embed: MenuGroup[] =
    target === 'dashboard'
      ? []
      : [
          {
            label: 'Web',
            items: [
              {
                key: 'embed',
                label: 'Embed…',
                role: 'menuitem',
                unavailable: null,
                command: { type: 'embed' },
              },
            ],
          },
        ];

  return [
    {
      label: 'Image',
      items: [
        {
          key: 'png',
          label: `Download PNG (${scale}x)`,
          role: 'menuitem',
          unavailable: imageBlocked,
          command: { type: 'export', action: { kind: 'png', scale } },
        },
        {
          key: 'svg',
          label: 'Download SVG',
          role: 'menuitem',
          unavailable: imageBlocked,
          command: { type: 'export', action: { kind: 'svg' } },
        },
        {
          key: 'copy',
          label: 'Copy image',
          role: 'menuitem',
          unavailable: noCopy ?? imageBlocked,
          command: { type: 'export', action: { kind: 'copy', scale } },
        },
      ],
    },
    {
      label: 'PNG size',
      items: SCALES.map((s) => ({
        key: `scale-${s}`,
        label: `${s}x pixels`,
        role: 'menuitemradio' as const,
        checked: scale === s,
        unavailable: null,
        command: { type: 'scale', scale: s },
      })),
    },
    {
      label: 'Colours',
      items: (
        [
          ['screen', 'As on screen'],
          ['light', 'Light, for print'],
        ] as const
      ).map(([value, label]) => ({
        key: `theme-${value}`,
        label,
        role: 'menuitemradio' as const,
        checked: theme === value,
        unavailable: null,
        command: { type: 'theme', theme: value },
      })),
    },
    {
      label: 'Data',
      items: [
        ...tables.map((table): MenuItem => ({
          key: `csv-${table}`,
          label: `Download ${table} (CSV)`,
          role: 'menuitem',
          unavailable: dataBlocked,
          command: { type: 'export', action: { kind: 'csv', table } },
        })),
        {
          key: 'json',
          label: 'Download data (JSON)',
          role: 'menuitem',
          unavailable: dataBlocked,
          command: { type: 'export', action: { kind: 'json' } },
        },
      ],
    },
    ...embed,
  ];
}
