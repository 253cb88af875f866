import { describe, expect, it } from 'vitest';
import { asciiText, buildCsv, csvField, frameSvg } from './download';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });
});

describe('buildCsv', () => {
  it('writes any table: title and notes as # lines, then columns and rows', () => {
    const csv = buildCsv({
      title: 'Gas exports',
      notes: ['Units: bcm'],
      columns: ['year', 'china_bcm'],
      rows: [
        [2009, null],
        [2010, 3.55],
      ],
    });
    expect(csv).toMatch(
      /^# Gas exports\r\n# Units: bcm\r\n# Data version: \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}\r\nyear,china_bcm\r\n2009,\r\n2010,3.55\r\n$/,
    );
  });
});

describe('asciiText', () => {
  it('marks what has no ASCII form instead of dropping it silently', () => {
    expect(asciiText('ब')).toBe('?');
    expect(asciiText('plain text')).toBe('plain text');
  });
});

describe('frameSvg', () => {
  it('wraps the chart with a title, units and a source line, without interactive attributes', () => {
    const host = document.createElement('figure');
    host.innerHTML =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" tabindex="0" role="application"><g role="button" tabindex="0"><line x1="0" x2="10" y1="0" y2="0" style="stroke: var(--x)"/></g></svg>';
    document.body.appendChild(host);
    const svg = host.querySelector('svg')!;
    const text = frameSvg(svg, {
      title: 'Trade title',
      units: 'US dollars',
      sourceLine: 'Sources: X',
    });
    host.remove();
    expect(text).toContain('<title>Trade title</title>');
    expect(text).toContain('>US dollars</text>');
    expect(text).toMatch(/>Sources: X · Data version [0-9-]+\.[0-9a-f]{8}<\/text>/);
    expect(text).toContain('height="280"');
    expect(text).not.toContain('tabindex');
    expect(text).not.toContain('role=');
  });
});
