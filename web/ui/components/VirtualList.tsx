import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualListProps {
  /** How many rows the whole list has (most are not rendered, nor even loaded). */
  count: number;
  rowHeight: number;
  /** Height of the visible area in pixels. */
  height: number;
  label: string;
  idPrefix: string;
  renderRow(index: number): ReactNode;
  /** The rows now on screen (plus a margin), so the caller can load them. */
  onVisibleRange(first: number, last: number): void;
  onOpen(index: number): void;
}

const overscan = 8;

/**
 * A keyboard-driven list that renders only the rows in view, so that 10,000 rows scroll as
 * smoothly as 10. It is one tab stop (a listbox): arrows, Page Up/Down, Home and End move the
 * active row, Enter opens it.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, height, label, idPrefix, renderRow, onVisibleRange, onOpen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    if (count > 0) onVisibleRange(first, last);
  }, [first, last, count, onVisibleRange]);

  useEffect(() => {
    setActive((a) => Math.min(a, Math.max(0, count - 1)));
  }, [count]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const top = next * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
  }

  function onKeyDown(e: KeyboardEvent) {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: count - 1 };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if (e.key === 'Enter' && count > 0) {
      e.preventDefault();
      onOpen(active);
    }
  }

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    rows.push(
      <div
        key={i}
        id={`${idPrefix}-${i}`}
        role="option"
        aria-selected={i === active}
        aria-posinset={i + 1}
        aria-setsize={count}
        className={i === active ? 'vlist__row vlist__row--active' : 'vlist__row'}
        style={{ transform: `translateY(${i * rowHeight}px)`, height: rowHeight }}
        onClick={() => {
          setActive(i);
          onOpen(i);
        }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className="vlist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={count > 0 ? `${idPrefix}-${active}` : undefined}
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="vlist__spacer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
