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
