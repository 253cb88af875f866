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

/** No other site may show the app in a frame (clickjacking); the app has no embed address. */
export const FRAME_POLICY = "frame-ancestors 'none'";

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
