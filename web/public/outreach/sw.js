/*
 * The outreach app's service worker: it keeps the app itself (its page and its hashed assets) on
 * the device so that the app opens in a village with no signal. It never touches /api: people's
 * data lives only in the app's encrypted IndexedDB, and every API call goes to the network.
 */
const cacheName = 'homeward-outreach-shell';
const page = '/outreach';

/** The page and every asset it names, fetched together so that the first visit is enough to work offline. */
async function keepShell() {
  const cache = await caches.open(cacheName);
  const res = await fetch(page, { cache: 'no-store' });
  if (!res.ok) return;
  const html = await res.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.addAll(assets);
  await cache.put(page, res);
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (event.request.mode === 'navigate' && url.pathname.startsWith(page)) {
    // The newest page when online (and kept for next time), the kept one when not.
    event.respondWith(
      fetch(event.request)
        .then((res) => {
          if (res.ok) void keepShell();
          return res;
        })
        .catch(async () => (await caches.match(page)) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names never change content: the kept copy is always right.
    event.respondWith(
      caches.match(event.request).then(
        (kept) =>
          kept ??
          fetch(event.request).then(async (res) => {
            if (res.ok) await (await caches.open(cacheName)).put(event.request, res.clone());
            return res;
          }),
      ),
    );
  }
});
