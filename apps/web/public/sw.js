// The board's offline shell: a board opened once loads again without a network (the live document
// itself comes from IndexedDB, see src/board/collab/collab-session.ts). Registered for /b/ only, in
// production only (src/board/offline/service-worker-registration.tsx).
//   board pages (navigations to /b/<id>)  network first; the cached copy only when the network
//                                         fails, so a signed-out or refused user online always
//                                         gets the server's answer (sign-in redirect, no access)
//   /_next/static/*                       cache first (file names carry a content hash)
//   everything else (/api/trpc, /api/auth, RSC payloads, images)  not touched: straight to the network
// Sign-out asks the worker to forget the cached pages ("forget-pages").

const PAGES = "corridor-pages-v1";
const STATIC = "corridor-static-v1";
const PAGE_LIMIT = 12;
const STATIC_LIMIT = 300;
const BOARD_PAGE = /^\/b\/[a-z0-9][a-z0-9-]{0,63}\/?$/;

self.addEventListener("install", () => {
  void self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("corridor-") && name !== PAGES && name !== STATIC) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Keeps the newest entries of a cache (keys come back in insertion order). */
async function trim(cache, limit) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(key);
}

/** Only complete same-origin answers are kept: no redirects, errors or partial content. */
function keepable(response) {
  return response.status === 200 && response.type === "basic" && !response.redirected;
}

async function storePage(url, response) {
  const cache = await caches.open(PAGES);
  await cache.delete(url);
  await cache.put(url, response);
  await trim(cache, PAGE_LIMIT);
}

async function boardPage(event) {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (keepable(response)) event.waitUntil(storePage(request.url, response.clone()));
    return response;
  } catch (error) {
    // Offline (or the server unreachable): the last copy of this board, with any filters.
    const cache = await caches.open(PAGES);
    const cached = (await cache.match(request.url)) ?? (await cache.match(request.url, { ignoreSearch: true }));
    if (!cached) throw error;
    // Marked, so the page (and its tests) can tell an offline copy from the server's answer.
    const headers = new Headers(cached.headers);
    headers.set("X-Corridor-Offline-Copy", "1");
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
  }
}

async function staticAsset(request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (keepable(response)) {
    await cache.put(request, response.clone());
    await trim(cache, STATIC_LIMIT);
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && BOARD_PAGE.test(url.pathname)) event.respondWith(boardPage(event));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(staticAsset(request));
});

/**
 * The first visit loaded the page and its scripts before this worker controlled it: the page sends
 * its own URL and the static files it loaded so far, and they are cached now (later loads pass
 * through the fetch handler above).
 */
async function warm(page, assets) {
  const origin = self.location.origin;
  const statics = await caches.open(STATIC);
  for (const asset of assets) {
    const url = new URL(asset, origin);
    if (url.origin !== origin || !url.pathname.startsWith("/_next/static/") || (await statics.match(url.href))) continue;
    try {
      const response = await fetch(url.href, { credentials: "same-origin" });
      if (keepable(response)) await statics.put(url.href, response);
    } catch {
      // Offline already: nothing to cache now; the next online visit fills it.
    }
  }
  await trim(statics, STATIC_LIMIT);
  const pageUrl = new URL(page, origin);
  if (pageUrl.origin !== origin || !BOARD_PAGE.test(pageUrl.pathname)) return;
  const pages = await caches.open(PAGES);
  if (await pages.match(pageUrl.href)) return;
  try {
    const response = await fetch(pageUrl.href, { credentials: "same-origin", redirect: "manual" });
    if (keepable(response)) await storePage(pageUrl.href, response);
  } catch {
    // As above.
  }
}

self.addEventListener("message", (event) => {
  const data = event.data;
  if (typeof data !== "object" || data === null || event.origin !== self.location.origin) return;
  if (data.type === "warm" && typeof data.page === "string" && Array.isArray(data.assets)) {
    event.waitUntil(warm(data.page, data.assets.filter((a) => typeof a === "string").slice(0, 500)));
  } else if (data.type === "forget-pages") {
    event.waitUntil(caches.delete(PAGES));
  }
});
