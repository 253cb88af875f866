import { describe, expect, it } from 'vitest';
import { withoutTrailingSlash } from './trailingSlash';

describe('withoutTrailingSlash', () => {
  it.each([
    ['/zh/', '/zh'],
    ['/ru/events/x//', '/ru/events/x'],
    ['/story/?year=2010#top', '/story?year=2010#top'],
  ])('drops the trailing slashes and keeps the query and fragment: %s → %s', (from, to) =>
    expect(withoutTrailingSlash(from)).toBe(to),
  );

  it.each(['/', '/?year=2010', '/sources', '/sources?a=/b/'])(
    'leaves the root and addresses without a trailing slash alone: %s',
    (path) => expect(withoutTrailingSlash(path)).toBeNull(),
  );

  it.each([
    ['//evil.example/', '/evil.example'],
    ['///', '/'],
  ])('never names another host: %s → %s', (from, to) =>
    expect(withoutTrailingSlash(from)).toBe(to),
  );
});
