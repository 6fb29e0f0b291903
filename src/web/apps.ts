export interface WebAppEntry {
  page: string;
  mountAt: string;
  /**
   * API reads the app makes first when opened at its mount point exactly, announced to the
   * browser (Link: rel=preload) with the page so that they travel alongside the app's code
   * instead of after it. Only reads the page then shows belong here (list reads are audited).
   */
  preloadAtMount?: readonly string[];
  /** Built apart on Preact (`vite build --mode light`), for phones on slow links. */
  light?: boolean;
  /**
   * Files served as they are from dist/web/<name>/ under the mount point (copied from
   * web/public/<name>/): a service worker must live under the scope it controls.
   */
  files?: readonly string[];
  /**
   * Works offline: its service worker keeps every asset its page names, so the page always names
   * all four language catalogues (others are sent only the one they will start in).
   */
  offline?: boolean;
}

/**
 * The web apps Homeward serves, each a page of its own built by Vite into dist/web/<name>/.
 * Both the build (vite.config.ts) and the server (static.ts) read this list, so adding an app —
 * the portal, the outreach app — is one line here.
 */
export const webApps = {
  console: { page: 'console/index.html', mountAt: '/', preloadAtMount: ['/api/session', '/api/applications?state=received&limit=50&offset=0'] },
  portal: { page: 'portal/index.html', mountAt: '/portal', light: true },
  outreach: { page: 'outreach/index.html', mountAt: '/outreach', light: true, files: ['sw.js', 'manifest.webmanifest'], offline: true },
} as const satisfies Record<string, WebAppEntry>;

export type WebApp = keyof typeof webApps;
