import { describe, expect, it } from 'vitest';
import { FRAME_HEADERS, HOST_HEADERS } from '../../src/app/csp';

import headersFile from '../../public/_headers?raw';
import readme from '../../docs/security.md?raw';

// That `vite preview` sends them is checked over HTTP by tests/e2e/resilience.e2e.ts.
describe('headers that refuse framing', () => {
  it('refuse every frame ancestor, in both forms', () => {
    expect(HOST_HEADERS['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(HOST_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(FRAME_HEADERS['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });

  it('are in public/_headers for static hosts, for every path', () => {
    const lines = headersFile.split('\n');
    expect(lines).toContain('/*');
    for (const [name, value] of Object.entries(HOST_HEADERS))
      expect(lines).toContain(`  ${name}: ${value}`);
  });

  it('are in docs/security.md in the nginx form', () => {
    for (const [name, value] of Object.entries(HOST_HEADERS))
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });
});
