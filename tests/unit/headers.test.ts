import { describe, expect, it } from 'vitest';
import {
  EMBED_HOST_HEADERS,
  EMBED_LOCALE_PREFIXES,
  EMBED_PATH_PREFIX,
  FRAME_HEADERS,
  HOST_HEADERS,
  devHeadersFor,
  hostHeadersFor,
} from '../../src/app/csp';
import { EMBED_PREFIX, paths } from '../../src/routing/paths';

import headersFile from '../../public/_headers?raw';
import readme from '../../docs/security.md?raw';

/** The header lines of one rule of public/_headers (the indented lines under its path). */
function rule(path: string): string[] {
  const lines = headersFile.split('\n');
  const start = lines.indexOf(path);
  expect(start).toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    body.push(line);
  }
  return body;
}

// That `vite preview` sends them is checked over HTTP by tests/e2e/resilience.e2e.ts and
// tests/e2e/share.e2e.ts.
describe('headers that refuse framing', () => {
  it('refuse every frame ancestor, in both forms', () => {
    expect(HOST_HEADERS['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(HOST_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(FRAME_HEADERS['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });

  it('are in public/_headers for static hosts, for every path', () => {
    const lines = rule('/*');
    for (const [name, value] of Object.entries(HOST_HEADERS))
      expect(lines).toContain(`  ${name}: ${value}`);
  });

  it('are in docs/security.md in the nginx form', () => {
    for (const [name, value] of Object.entries(HOST_HEADERS))
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('headers of the embed addresses', () => {
  it('let any site frame them, with the same policy otherwise', () => {
    expect(EMBED_HOST_HEADERS['Content-Security-Policy']).toBe(
      HOST_HEADERS['Content-Security-Policy']!.replace(
        "frame-ancestors 'none'",
        'frame-ancestors *',
      ),
    );
    expect(EMBED_HOST_HEADERS).not.toHaveProperty('X-Frame-Options');
  });

  it('are chosen by path: /embed/… only', () => {
    expect(EMBED_PATH_PREFIX).toBe(EMBED_PREFIX);
    expect(hostHeadersFor(paths.embed.href('trade', '?year=2010'))).toBe(EMBED_HOST_HEADERS);
    expect(hostHeadersFor(paths.embed.eventHref('x'))).toBe(EMBED_HOST_HEADERS);
    for (const path of ['/ru/embed/trade?year=2010', '/zh/embed/events/x'])
      expect(hostHeadersFor(path)).toBe(EMBED_HOST_HEADERS);
    for (const path of ['/', '/events/x', '/sources', '/embedded', '/assets/x.js', '/de/embed/x'])
      expect(hostHeadersFor(path)).toBe(HOST_HEADERS);
    expect(devHeadersFor('/embed/map')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(devHeadersFor('/')).toBe(FRAME_HEADERS);
  });

  it('are in public/_headers after the rule for every path, and in the nginx form', () => {
    const text = headersFile;
    expect(text.indexOf('/embed/*')).toBeGreaterThan(text.indexOf('/*'));
    for (const prefix of EMBED_LOCALE_PREFIXES) {
      const path = `${prefix}/embed/*`;
      expect(text.indexOf(path)).toBeGreaterThan(text.indexOf('/*'));
      const lines = rule(path);
      for (const [name, value] of Object.entries(EMBED_HOST_HEADERS)) {
        expect(lines).toContain(`  ${name}: ${value}`);
        expect(readme).toContain(`  add_header ${name} "${value}" always;`);
      }
    }
  });
});
