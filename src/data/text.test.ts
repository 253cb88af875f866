import { describe, expect, it } from 'vitest';
import { truncateText } from './text';

const hasBrokenHalf = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('truncateText', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateText('gas', 200)).toBe('gas');
    expect(truncateText('', 5)).toBe('');
  });

  it('cuts plain text at the limit', () => {
    expect(truncateText('x'.repeat(300), 200)).toBe('x'.repeat(200));
  });

  it('never splits an emoji (a surrogate pair)', () => {
    const cut = truncateText(`a${'😀'.repeat(150)}`, 200);
    expect(cut).toBe(`a${'😀'.repeat(99)}`);
    expect(hasBrokenHalf(cut)).toBe(false);
    expect(encodeURIComponent(cut)).not.toContain('%EF%BF%BD');
  });

  it('keeps a joined emoji (family, flag, skin tone) whole or leaves it out', () => {
    expect(truncateText('👨‍👩‍👧'.repeat(40), 200)).toBe('👨‍👩‍👧'.repeat(25));
    expect(truncateText('ab👨‍👩‍👧', 5)).toBe('ab');
    expect(truncateText('x🇹🇲🇨🇳', 4)).toBe('x');
    expect(truncateText('👍🏽👍🏽', 6)).toBe('👍🏽');
    expect(truncateText('e\u0301e\u0301', 3)).toBe('e\u0301');
  });

  it('cuts messages (80) on whole characters too', () => {
    const cut = truncateText(`a${'😀'.repeat(60)}`, 80);
    expect(hasBrokenHalf(cut)).toBe(false);
    expect(cut).toBe(`a${'😀'.repeat(39)}`);
  });
});
