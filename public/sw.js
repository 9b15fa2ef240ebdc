/*
 * 医保长辈版 service worker. One job: when a page cannot load because there is no network, show the
 * app's own offline page (没有连上网络, 12393, 重试) instead of the browser's error page.
 * It precaches only that page (/offline, /en/offline: words from the messages files, nothing
 * personal) and the CSS and scripts it loads. It never caches API answers or personal pages; every
 * request goes to the network as before, and only a failed page load is answered from the cache.
 * Change VERSION when this file changes.
 */
const VERSION = 'offline-v1';
const CACHE = `yb-${VERSION}`;
const OFFLINE_PAGES = { 'zh-CN': '/offline', en: '/en/offline' };

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('yb-') && key !== CACHE) await caches.delete(key);
      // The page request starts while the worker wakes up, so pages are no slower with it.
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

async function precache() {
  const cache = await caches.open(CACHE);
  for (const url of Object.values(OFFLINE_PAGES)) {
    // Without cookies: the page is the same for everyone and carries nobody's data.
    const response = await fetch(url, { cache: 'reload', credentials: 'omit' });
    if (!response.ok) throw new Error(`offline page ${url}: ${response.status}`);
    const html = await response.clone().text();
    const assets = new Set([...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"?#]+\.(?:css|js))"/g)].map((m) => m[1]));
    await cache.addAll([...assets]);
    await cache.put(url, response);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageOrOffline(event));
    return;
  }
  // Scripts and CSS from the network as always; only when that fails, the offline page's own copies.
  if (request.method === 'GET' && url.pathname.startsWith('/_next/static/')) {
    event.respondWith(fetch(request).catch(async (error) => (await caches.match(request, { cacheName: CACHE })) ?? Promise.reject(error)));
  }
});

async function pageOrOffline(event) {
  try {
    const preloaded = await event.preloadResponse;
    if (preloaded) return preloaded;
    return await fetch(event.request);
  } catch (error) {
    const url = new URL(event.request.url);
    const locale = url.pathname === '/en' || url.pathname.startsWith('/en/') ? 'en' : 'zh-CN';
    const cached = await caches.match(OFFLINE_PAGES[locale], { cacheName: CACHE });
    if (!cached) throw error;
    if (event.request.method === 'GET') return cached;
    // A form sent without network (下一步): 重试 goes back to the form instead of sending it again.
    const html = (await cached.text()).replace('data-retry="reload"', 'data-retry="back"');
    return new Response(html, { status: 200, headers: cached.headers });
  }
}
