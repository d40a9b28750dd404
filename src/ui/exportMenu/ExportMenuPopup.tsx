import type { KeyboardEvent, RefObject } from 'react';
import type { MenuGroup, MenuItem } from './menuModel';

interface ExportMenuPopupProps {
  /** Prefix of the ids in the menu; the menu is `${id}-menu`, labelled by `${id}-button`. */
  id: string;
  groups: readonly MenuGroup[];
  /** Open towards the end of the line (a button near the page's left edge). */
  alignStart: boolean;
  /** Index of the item that takes the focus (roving tab index). */
  current: number;
  itemRefs: RefObject<(HTMLButtonElement | null)[]>;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusItem: (index: number) => void;
  onSelect: (item: MenuItem) => void;
}

/** The open export menu: its groups of items, each unavailable item with the reason under it. */
export function ExportMenuPopup({
  id,
  groups,
  alignStart,
  current,
  itemRefs,
  onKeyDown,
  onFocusItem,
  onSelect,
}: ExportMenuPopupProps) {
  const items = groups.flatMap((g) => g.items);
  return (
    <div
      id={`${id}-menu`}
      role="menu"
      aria-labelledby={`${id}-button`}
      className={`export-menu-popup${alignStart ? ' export-menu-popup-start' : ''}`}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => (
        <div key={group.label} role="group" aria-label={group.label} className="export-menu-group">
          <div aria-hidden="true" className="export-menu-heading">
            {group.label}
          </div>
          {group.items.map((item) => {
            const position = items.indexOf(item);
            const noteId = `${id}-${item.key}-note`;
            return (
              <button
                key={item.key}
                ref={(node) => {
                  itemRefs.current[position] = node;
                }}
                type="button"
                role={item.role}
                tabIndex={position === current ? 0 : -1}
                aria-disabled={item.unavailable !== null ? true : undefined}
                aria-describedby={item.unavailable !== null ? noteId : undefined}
                className="export-menu-item"
                data-item={item.key}
                onClick={() => {
                  onSelect(item);
                }}
                onFocus={() => {
                  onFocusItem(position);
                }}
              >
                <span className="export-menu-label">
                  {item.label}
                  {item.unavailable !== null && (
                    <span id={noteId} className="export-menu-note">
                      {item.unavailable}
                    </span>
                  )}
                </span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
