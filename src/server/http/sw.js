// Haven's service worker. The server (src/server/http/pwa.rs) serves it at /sw.js with the
// build it belongs to written above this line: BUILD (an id of the build output), ASSETS
// (the build's hashed CSS, JS and WASM), OFFLINE (the offline page), SHELL (icons and the
// manifest), MEDIA (where photos come from) and HASHED (whether asset names carry a hash).
//
// - The build's assets are precached at install, in a cache named after the build; an
//   activated worker drops every other build's cache, so old WASM never outlives its build.
// - Pages are fetched from the network first. Listings, searches and trips that answered
//   are saved; with no network they are served from the save, marked as such, as static
//   copies (every page works without JavaScript), and any other page gets the offline page.
// - A new worker waits until the page asks it to take over ("A new version is available"),
//   so a page never runs with a worker of another build under it by surprise.
/* global BUILD, ASSETS, OFFLINE, SHELL, MEDIA, HASHED */
'use strict';

const absolute = (url) => new URL(url, self.location.origin).href;
const ASSET_URLS = ASSETS.map(absolute);
const SHELL_URLS = SHELL.map(absolute);
const OFFLINE_URL = absolute(OFFLINE);
const MEDIA_URLS = MEDIA.map(absolute);

const STATIC_CACHE = `haven-static-${BUILD}`;
const PAGES_CACHE = 'haven-pages-v1';
const PHOTOS_CACHE = 'haven-photos-v1';
const MAX_PAGES = 60;
const MAX_PHOTOS = 200;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(STATIC_CACHE)
      .then((cache) =>
        cache.addAll([...ASSET_URLS, OFFLINE_URL, ...SHELL_URLS].map((url) => new Request(url, { cache: 'reload' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith('haven-static-') && name !== STATIC_CACHE)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
      // The page that registered this worker was loaded before it: save it too.
      const windows = await self.clients.matchAll({ type: 'window' });
      await Promise.all(windows.map((client) => refreshPage(client.url)));
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET') {
    // Signing in or out: what was saved belongs to the person who saved it.
    if (url.origin === self.location.origin && /^\/api\/fn\/sign_(in|out|up)$/.test(url.pathname)) {
      event.waitUntil(caches.delete(PAGES_CACHE));
    }
    return;
  }
  if (request.mode === 'navigate' && url.origin === self.location.origin) {
    event.respondWith(navigate(event, url));
  } else if (ASSET_URLS.includes(url.href) || SHELL_URLS.includes(url.href)) {
    event.respondWith(HASHED ? cacheFirst(request, STATIC_CACHE) : networkFirst(request, STATIC_CACHE));
  } else if (isPhoto(url)) {
    event.respondWith(cacheFirst(request, PHOTOS_CACHE, MAX_PHOTOS));
  }
  // Anything else (server functions, the API, map tiles) goes to the network untouched.
});

/** The cache key of a page: the path, and the query only for searches. */
function pageKey(url) {
  if (url.pathname === '/search') return `${url.origin}${url.pathname}${url.search}`;
  return `${url.origin}${url.pathname}`;
}

/** Pages worth keeping for a trip without a connection. */
function savable(url) {
  return (
    url.origin === self.location.origin &&
    (url.pathname === '/' ||
      url.pathname === '/search' ||
      url.pathname === '/trips' ||
      /^\/trips\/\d+$/.test(url.pathname) ||
      /^\/listings\/\d+$/.test(url.pathname))
  );
}

function isPhoto(url) {
  return (
    (url.origin === self.location.origin && url.pathname.startsWith('/photos/')) ||
    MEDIA_URLS.some((base) => url.href.startsWith(base))
  );
}

function isHtml(response) {
  return (response.headers.get('content-type') || '').startsWith('text/html');
}

async function navigate(event, url) {
  let response;
  try {
    response = await fetch(event.request);
  } catch (_offline) {
    return (await savedPage(url)) || offlinePage(url);
  }
  // The app is down behind the proxy: a saved copy is better than an error page.
  if (response.status >= 500) return (await savedPage(url)) || response;
  if (response.status === 200 && isHtml(response) && savable(url)) {
    event.waitUntil(savePage(url, response.clone()));
  }
  return response;
}

async function refreshPage(href) {
  const url = new URL(href);
  if (!savable(url)) return;
  try {
    const response = await fetch(url.href, { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 200 && isHtml(response)) await savePage(url, response);
  } catch (_offline) {
    // Nothing to save without a network.
  }
}

async function savePage(url, response) {
  const cache = await caches.open(PAGES_CACHE);
  await cache.put(pageKey(url), response);
  await trim(cache, MAX_PAGES);
}

/** Forgets the oldest entries beyond `max` (keys come back in insertion order). */
async function trim(cache, max) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}

/** The offline page, under whatever URL was asked for: static, since this build's WASM
 * would find another page's route there. */
async function offlinePage(url) {
  const cache = await caches.open(STATIC_CACHE);
  const page = await cache.match(OFFLINE_URL, { ignoreVary: true });
  return page ? staticCopy(page, url) : Response.error();
}

/** A saved page, marked as saved, as a static copy: without its scripts and with this
 * build's stylesheet. Every page works without JavaScript, and a page saved under an older
 * build can never hydrate with another build's WASM (nor this build's WASM with a page whose
 * data its server functions can no longer fetch). */
async function savedPage(url) {
  const cache = await caches.open(PAGES_CACHE);
  const saved = await cache.match(pageKey(url), { ignoreVary: true });
  if (!saved) return null;
  const when = saved.headers.get('date');
  const note =
    '<div class="offline-note" role="status" data-offline-saved="' +
    escapeHtml(when ? new Date(when).toISOString() : '') +
    '">You are offline. This page was saved ' +
    escapeHtml(when ? new Date(when).toLocaleString() : 'earlier') +
    ' and may have changed since.</div>';
  return staticCopy(saved, url, note);
}

/** `response`'s HTML without scripts or script preloads, styled by this build, with `note`
 * at the end of the body. */
async function staticCopy(response, url, note = '') {
  const css = ASSET_URLS.find((href) => href.endsWith('.css'));
  let html = (await response.text())
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
  if (css) {
    html = html.replace(/(<link\b[^>]*rel="stylesheet"[^>]*href=")([^"]*\/pkg\/[^"]+)"/, (whole, start, href) =>
      ASSET_URLS.includes(new URL(href, url).href) ? whole : `${start}${css}"`,
    );
  }
  html = html.replace(/<\/body>/i, `${note}</body>`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: 200, headers });
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function cacheFirst(request, name, max) {
  const cache = await caches.open(name);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    if (max) await trim(cache, max);
  }
  return response;
}

async function networkFirst(request, name) {
  const cache = await caches.open(name);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw offline;
  }
}
