/**
 * The web apps Homeward serves, each a page of its own built by Vite into dist/web/<name>/.
 * Both the build (vite.config.ts) and the server (static.ts) read this list, so adding an app —
 * the portal, the outreach app — is one line here.
 */
export const webApps = {
  console: { page: 'console/index.html', mountAt: '/' },
} as const satisfies Record<string, { page: string; mountAt: string }>;

export type WebApp = keyof typeof webApps;
