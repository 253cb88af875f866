/**
 * The Content-Security-Policy of the built page: nothing but this origin, no inline script.
 * Written into index.html as a meta tag at build time (vite.config.ts); hosts that can send
 * headers should send the same value as a `Content-Security-Policy` header (see README).
 * Inline *styles* are allowed because React and Recharts set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** No other site may show the app in a frame (clickjacking), except its embed addresses. */
export const FRAME_POLICY = "frame-ancestors 'none'";

/**
 * The embed addresses (`/embed/…`, `paths.embed` in src/routing/paths.ts) are made to be shown
 * in an `<iframe>` on any site: they, and only they, allow every frame ancestor. They hold one
 * figure and links that open in a new tab, nothing a framing page could trick a reader into.
 */
export const EMBED_PATH_PREFIX = '/embed/';
export const EMBED_FRAME_POLICY = 'frame-ancestors *';

/** The locale prefixes an embed address may have (`/ru/embed/…`), as src/data/locale.ts has them. */
export const EMBED_LOCALE_PREFIXES = ['', '/ru', '/zh'] as const;

/** Whether a request's path (query string allowed) is an embed address, in any locale. */
export const isEmbedPath = (url: string): boolean =>
  EMBED_LOCALE_PREFIXES.some((prefix) => url.startsWith(`${prefix}${EMBED_PATH_PREFIX}`));

/**
 * Headers for every response of the dev server: framing refused. (Not the whole policy: the dev
 * server injects inline scripts for hot reload.) A meta tag cannot carry `frame-ancestors`.
 */
export const FRAME_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': FRAME_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * What a host of the built app sends with every response: the page's whole policy plus
 * `frame-ancestors`, and `X-Frame-Options` for older browsers. `vite preview` sends these
 * (vite.config.ts); `public/_headers` has them for Netlify or Cloudflare Pages, the README the
 * nginx form. A unit test keeps the three the same.
 */
export const HOST_HEADERS: Readonly<Record<string, string>> = {
  ...FRAME_HEADERS,
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_POLICY}`,
};

/**
 * What a host sends for the embed addresses instead: the same policy, but any site may frame
 * them, and no `X-Frame-Options` (it cannot say "any"; where a host adds its `DENY` anyway,
 * browsers that know `frame-ancestors` ignore it).
 */
export const EMBED_HOST_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${EMBED_FRAME_POLICY}`,
  'X-Content-Type-Options': 'nosniff',
};

/** The dev server's framing headers for a path (see FRAME_HEADERS). */
export const devHeadersFor = (url: string): Readonly<Record<string, string>> =>
  isEmbedPath(url)
    ? { 'Content-Security-Policy': EMBED_FRAME_POLICY, 'X-Content-Type-Options': 'nosniff' }
    : FRAME_HEADERS;

/** A host's headers for a path: the embed addresses' or everybody else's. */
export const hostHeadersFor = (url: string): Readonly<Record<string, string>> =>
  isEmbedPath(url) ? EMBED_HOST_HEADERS : HOST_HEADERS;
