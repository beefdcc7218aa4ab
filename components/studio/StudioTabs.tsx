import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface StudioTab {
  id: string;
  label: string;
}

/**
 * A WAI-ARIA tab list: arrow keys, Home and End move between tabs, one tab stop, so a lead
 * reaches every editor from the keyboard (issue 17; STYLE: every control works from the keyboard).
 */
export function StudioTabs({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly StudioTab[];
  selected: string;
  onSelect: (id: string) => void;
  children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const target = tabs[next];
    if (target) onSelect(target.id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="studio-tabs">
      <div role="tablist" aria-label={label} ref={list}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`studio-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`studio-tabpanel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => move(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`studio-tabpanel-${selected}`}
        aria-labelledby={`studio-tab-${selected}`}
        className="studio-tabpanel"
      >
        {children}
      </div>
    </div>
  );
}
