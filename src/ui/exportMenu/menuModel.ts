/**
 * What the export menu offers, as data: its groups of items (publishing an image, the data files), what
 * each item does, and the status line's words.
 */
import type { ExportTarget } from '../../export/fileName';
import type { ExportAction, ExportProgress, ExportResult } from '../../export/runExport';

/** What an item does: open the publish or embed dialog, or start a data export (all close the menu). */
export type Command = { type: 'publish' } | { type: 'embed' } | { type: 'export'; action: ExportAction };

export interface MenuItem {
  key: string;
  label: string;
  role: 'menuitem';
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

/** The status line under the menu button. */
export function statusText(status: Status): string {
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

/** How the status line names an export: "CSV", "JSON". */
export function actionLabel(action: ExportAction): string {
  return action.kind === 'csv' ? 'CSV' : 'JSON';
}

export interface MenuState {
  target: ExportTarget;
  /** Why data cannot be exported now, or null when it can. */
  dataBlocked: string | null;
}

/** The menu's groups: the image (through the publish dialog), then a chart's own table, or both on the dashboard. */
export function menuGroups({ target, dataBlocked }: MenuState): MenuGroup[] {
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
          key: 'publish',
          label: 'Image (PNG, SVG)…',
          role: 'menuitem',
          unavailable: null,
          command: { type: 'publish' },
        },
      ],
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
