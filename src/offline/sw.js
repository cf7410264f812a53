/*
 * Service worker: after one visit the whole site works without a network.
 * The build (src/integrations/offline.ts) prepends VERSION and PRECACHE: every page, style, script and
 * search-index file, but no video file (those are large and stay on the network).
 * Pages are served from the cache first, because members are often on a weak connection; a new build
 * has a new VERSION, the page then offers to reload into it.
 */
/* global VERSION, PRECACHE */
const CACHE = `gtlt-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('gtlt-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'cap-nhat') self.skipWaiting();
});

/** The cached copy of a page URL: /hoi-dap → /hoi-dap/, query strings ignored (the search page reads ?q= itself). */
async function cachedPage(url) {
  const cache = await caches.open(CACHE);
  const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
  return (await cache.match(path, { ignoreSearch: true })) ?? undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.headers.has('range')) return; // video seeking goes straight to the network

  event.respondWith(
    (async () => {
      // Pagefind asks for its entry file with a cache-busting query (?ts=<build>): match the precached file.
      const ignoreSearch = url.pathname.startsWith('/pagefind/');
      const cached = request.mode === 'navigate' ? await cachedPage(url) : await caches.match(request, { cacheName: CACHE, ignoreSearch });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') {
          const notFound = await caches.match('/404.html', { cacheName: CACHE });
          if (notFound) return notFound;
        }
        throw error;
      }
    })(),
  );
});
