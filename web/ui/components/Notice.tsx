import type { ReactNode } from 'react';

/** A message about the page: information, success, a warning or an error (announced when it appears). */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <strong className="notice__title">{title}</strong> : null}
      {children ? <div>{children}</div> : null}
    </div>
  );
}
