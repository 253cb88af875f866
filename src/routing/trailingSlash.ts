/**
 * The address without its trailing slash (`/zh/` → `/zh`, `/story/?a=1` → `/story?a=1`), or null
 * when it has none. Every page is baked at its address without one (`zh.html`), so a static host
 * serves `/zh/` something else: an index page, "not found", or a directory it refuses to list.
 * The preview server redirects to this address; docs/addresses.md gives nginx's rule. Leading
 * slashes are collapsed, so the result never names another host (`//x.org/` → `/x.org`).
 */
export function withoutTrailingSlash(url: string): string | null {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (path.length <= 1 || !path.endsWith('/')) return null;
  const trimmed = path.replace(/\/+$/, '').replace(/^\/+/, '/') || '/';
  return trimmed + (end === -1 ? '' : url.slice(end));
}
