/*
 * Service worker: the site keeps working without a network, at little cost on a first visit.
 * The build (src/integrations/offline.ts) prepends VERSION, PRECACHE (the report page and the form's own
 * parts) and SAVE_ALL_LIST, the address of the list of every page, style, script and search-index file
 * (no video).
 * - PRECACHE is fetched with `cache: 'force-cache'` (what the first page already loaded comes from the
 *   browser's HTTP cache, not again from the network): at a first visit once this worker controls the page,
 *   so a part the page asks for meanwhile is fetched once; for a new version, while it installs.
 * - Every page and file the member opens is kept as it arrives; the page also hands over what it loaded
 *   before this worker was there ({ type: 'giu-trang', urls }). A tool page other than the form (TOOL_PAGES,
 *   by address: the secretary's workspace) has its parts kept when it is opened, views not yet shown included.
 * - That list is fetched only on { type: 'luu-ca-trang' }: the member's "Lưu cả trang để dùng khi không có
 *   mạng", or the page on an unmetered line that has not asked to save data. A new version fetches it
 *   again only if the member had saved it all.
 * Pages are served from the cache first, because members are often on a weak connection; a new build
 * has a new VERSION, and the page then offers to reload into it.
 */
/* global VERSION, PRECACHE, TOOL_PAGES, SAVE_ALL_LIST */
const CACHE = `gtlt-${VERSION}`;
/** Kept in the cache once everything is saved: a new version saves everything again. */
const SAVED_ALL_MARK = '/__gtlt-da-luu-ca-trang';

/** The key a response is kept under: pages by their path (query ignored), Pagefind's files without ?ts=. */
function keyFor(url) {
  const u = new URL(url, self.location.origin);
  const isPage = !/\.[a-z0-9]+$/i.test(u.pathname);
  if (isPage) return u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  return u.pathname.startsWith('/pagefind/') ? u.pathname : u.pathname + u.search;
}

/** What is being fetched to be kept, by key: the page asking for the same file waits for it, not the network. */
const inflight = new Map();

/** Fetch each URL not yet kept (from the HTTP cache when the browser has it) and keep it. */
async function keep(cache, urls) {
  const results = await Promise.allSettled(
    urls.map(async (url) => {
      const key = keyFor(url);
      if (inflight.has(key) || (await cache.match(key))) return inflight.get(key);
      const done = (async () => {
        const response = await fetch(new Request(url, { cache: 'force-cache', credentials: 'same-origin' }));
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(key, response);
      })().finally(() => inflight.delete(key));
      inflight.set(key, done);
      return done;
    }),
  );
  return results.every((r) => r.status === 'fulfilled');
}

async function savedAllBefore() {
  for (const key of await caches.keys()) {
    if (key.startsWith('gtlt-') && key !== CACHE && (await (await caches.open(key)).match(SAVED_ALL_MARK))) return true;
  }
  return false;
}

async function saveAll() {
  const cache = await caches.open(CACHE);
  let urls;
  try {
    urls = await (await fetch(SAVE_ALL_LIST, { cache: 'no-cache' })).json();
  } catch {
    return false;
  }
  const ok = Array.isArray(urls) && (await keep(cache, urls));
  if (ok) await cache.put(SAVED_ALL_MARK, new Response('1'));
  return ok;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A first visit: the form's parts are fetched once this worker controls the page (see 'giu-trang'),
      // so a part the page asks for meanwhile is fetched once, not by both. A new version fetches them now,
      // while the old worker still serves the page.
      if (!(await caches.keys()).some((key) => key.startsWith('gtlt-') && key !== CACHE)) return;
      const cache = await caches.open(CACHE);
      if (!(await keep(cache, PRECACHE))) throw new Error('precache failed');
      // A tool page the member had opened (it is in an older version's cache) is kept whole again.
      for (const [page, parts] of Object.entries(TOOL_PAGES)) {
        if (await caches.match(page)) await keep(cache, parts);
      }
      if (await savedAllBefore()) await saveAll();
    })(),
  );
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
  const data = event.data;
  if (data === 'cap-nhat') self.skipWaiting();
  else if (data?.type === 'giu-trang' && Array.isArray(data.urls)) {
    const urls = data.urls.filter(
      (u) => typeof u === 'string' && new URL(u, self.location.origin).origin === self.location.origin,
    );
    // What the page loaded before this worker (its own address as loaded, so it is not fetched again under
    // another), then the form's parts, and the parts of the tool page the message came from.
    const here = new Set(urls.map(keyFor));
    const tool = TOOL_PAGES[keyFor(event.source?.url ?? '/')] ?? [];
    const parts = [...PRECACHE, ...tool].filter((url) => !here.has(keyFor(url)));
    event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, [...urls, ...parts])));
  } else if (data?.type === 'luu-ca-trang') {
    event.waitUntil(saveAll().then((ok) => event.source?.postMessage({ type: 'luu-ca-trang', ok })));
  } else if (data?.type === 'da-luu-ca-trang') {
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.match(SAVED_ALL_MARK))
        .then((found) => event.source?.postMessage({ type: 'da-luu-ca-trang', saved: found !== undefined })),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.headers.has('range')) return; // video seeking goes straight to the network
  if (/\.(mp4|webm|mov)$/i.test(url.pathname)) return;

  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = keyFor(request.url);
      const ignoreSearch = request.mode === 'navigate' || url.pathname.startsWith('/pagefind/');
      const cached = await cache.match(key, { ignoreSearch });
      if (cached) return cached;
      if (inflight.has(key)) {
        await inflight.get(key).catch(() => undefined);
        const kept = await cache.match(key, { ignoreSearch });
        if (kept) return kept;
      }
      try {
        const response = await fetch(request);
        // Kept as it arrives: the member opened it, so it is there next time without a network.
        if (response.ok && response.type === 'basic') event.waitUntil(cache.put(key, response.clone()));
        return response;
      } catch (error) {
        if (request.mode === 'navigate') {
          const notFound = await cache.match('/404.html');
          if (notFound) return notFound;
        }
        throw error;
      }
    })(),
  );
});
