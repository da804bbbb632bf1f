/*
 * The courier app's service worker (registered by components/courier/service-worker-registration.tsx).
 * Pages are network-first: a fresh page when there is a connection, else the last copy seen,
 * else the offline shell (/courier/offline). Next's hashed static files are cache-first. It never
 * touches anything but GET requests of this origin, and never /api: location updates are
 * queued by the page itself (localStorage) and sent when the phone is back online.
 */
const VERSION = 'v1';
const SHELL_CACHE = `courier-shell-${VERSION}`;
const PAGE_CACHE = `courier-pages-${VERSION}`;
const SHELL = '/courier/offline';
const MAX_PAGES = 30;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // Without cookies: the shell shows no one's name, whoever is signed in.
      const response = await fetch(SHELL, { credentials: 'omit', cache: 'reload' });
      if (response.ok) {
        await cache.put(SHELL, response.clone());
        // The shell's own styles and scripts, so it looks right with no connection at all.
        const html = await response.text();
        const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];
        await Promise.all(assets.map((url) => cache.add(url).catch(() => undefined)));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, PAGE_CACHE]);
      for (const key of await caches.keys()) if (key.startsWith('courier-') && !keep.has(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function trimPages() {
  const cache = await caches.open(PAGE_CACHE);
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(request);
}

async function page(request) {
  try {
    const response = await fetch(request);
    // Sent elsewhere (to sign in): whoever was signed in is gone, and so are their saved pages.
    if (response.redirected) await caches.delete(PAGE_CACHE);
    if (response.ok && response.type === 'basic' && !response.redirected) {
      const cache = await caches.open(PAGE_CACHE);
      await cache.delete(request); // re-added last, so the oldest pages are trimmed first
      await cache.put(request, response.clone());
      trimPages();
    }
    return response;
  } catch {
    return (await caches.match(request, { cacheName: PAGE_CACHE })) ?? (await caches.match(SHELL, { cacheName: SHELL_CACHE })) ?? Response.error();
  }
}

async function staticAsset(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    if (url.pathname === '/courier' || url.pathname.startsWith('/courier/')) event.respondWith(page(request));
    return;
  }
  if (url.pathname.startsWith('/_next/static/')) event.respondWith(staticAsset(request));
});
