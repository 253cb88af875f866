import { describe, expect, it } from 'vitest';
import { withoutTrailingSlash } from './trailingSlash';

describe('withoutTrailingSlash', () => {
  it('drops the trailing slashes and keeps the query and fragment', () => {
    expect(withoutTrailingSlash('/zh/')).toBe('/zh');
    expect(withoutTrailingSlash('/ru/events/x//')).toBe('/ru/events/x');
    expect(withoutTrailingSlash('/story/?year=2010#top')).toBe('/story?year=2010#top');
  });

  it('leaves the root and addresses without a trailing slash alone', () => {
    expect(withoutTrailingSlash('/')).toBeNull();
    expect(withoutTrailingSlash('/?year=2010')).toBeNull();
    expect(withoutTrailingSlash('/sources')).toBeNull();
    expect(withoutTrailingSlash('/sources?a=/b/')).toBeNull();
  });

  it('never names another host', () => {
    expect(withoutTrailingSlash('//evil.example/')).toBe('/evil.example');
    expect(withoutTrailingSlash('///')).toBe('/');
  });
});
