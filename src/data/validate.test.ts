import { describe, expect, it } from 'vitest';
import { buildRawDataset, event, SOURCE } from '@tests/support/dataset';
import { assembleDataset, RAW_FILES, rawDataset } from './dataset';
import { parseDataset } from './validate';

// Six events, trade and gas 2010–2014, a line and its milestone: enough records to break.
const raw = () =>
  buildRawDataset({
    years: [2010, 2014],
    events: [1, 2, 3, 4, 5, 6].map((n) => event({ date: `${2010 + (n % 5)}` }, n)),
    lines: [{ id: 'A' }],
    milestones: [{ lineId: 'A', date: '2011', kind: 'agreed', eventId: 'event-1' }],
  });
const clone = () => structuredClone(raw()) as unknown as Record<string, Record<string, unknown>[]>;

describe('parseDataset', () => {
  it('accepts a well-formed dataset and keeps every record', () => {
    const result = parseDataset(raw());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.events).toHaveLength(6);
    expect(result.dataset.trade).toHaveLength(10);
    expect(result.dataset).toEqual(raw());
  });

  it('names the record and field of a malformed date', () => {
    const broken = clone();
    broken.events![3]!.date = '1998-13-40';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(
      /^events\[3\] \(id "[a-z0-9-]+"\), field "date": must be YYYY/,
    );
  });

  it('rejects a negative trade value and names the field', () => {
    const broken = clone();
    broken.trade![0]!.exportsUsd = -5;
    const result = parseDataset(broken);
    expect(result.ok || result.errors).toEqual([
      'trade[0], field "exportsUsd": must not be negative',
    ]);
  });

  it('rejects an unknown category', () => {
    const broken = clone();
    broken.events![0]!.category = 'sports';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('field "category"');
  });

  it('rejects a missing field', () => {
    const broken = clone();
    delete broken.sources![0]!.title;
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(
        new RegExp(`^sources\\[0\\] \\(id "${SOURCE.china}"\\), field "title"`),
      );
  });

  it('rejects a source id that the sources table does not hold', () => {
    const broken = clone();
    broken.gas![2]!.sourceId = 'NOWHERE_2020';
    const result = parseDataset(broken);
    expect(result.ok || result.errors).toEqual([
      'gas[2] (year 2012), field "sourceId": unknown source id "NOWHERE_2020"',
    ]);
  });

  it('rejects duplicate event ids and milestones that point at no event', () => {
    const broken = clone();
    broken.events![1]!.id = broken.events![0]!.id;
    broken.milestones![0]!.eventId = 'no-such-event';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.includes('duplicate id'))).toBe(true);
    expect(result.errors.some((e) => e.includes('unknown event "no-such-event"'))).toBe(true);
  });

  it('rejects something that is not a dataset at all', () => {
    const result = parseDataset('hello');
    expect(result.ok).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'blob:https://example.org/x',
  ])('rejects a source link that is not http(s): %s', (url) => {
    const broken = clone();
    broken.sources![0]!.url = url;
    const result = parseDataset(broken);
    expect(result.ok || result.errors).toEqual([
      `sources[0] (id "${String(broken.sources![0]!.id)}"), field "url": must be an http(s) address`,
    ]);
  });

  it('accepts http and https links', () => {
    const ok = clone();
    ok.sources![0]!.url = 'http://example.org/a';
    ok.sources![1]!.url = 'HTTPS://example.org/b';
    expect(parseDataset(ok).ok).toBe(true);
  });

  it.each([
    '0001',
    '1990',
    '2023-02-31',
    '2023-02-29',
    '2021-04-31',
    `${new Date().getFullYear() + 3}`,
  ])("rejects the event date %s (not a real date in the explorer's range)", (date) => {
    const broken = clone();
    broken.events![3]!.date = date;
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(/^events\[3\] \(id "[a-z0-9-]+"\), field "date"/);
  });

  it.each(['1991', '2024-02-29', '2000-02-29', '2023-12-31', '2009-12'])(
    'accepts the event date %s',
    (date) => {
      const ok = clone();
      ok.events![3]!.date = date;
      expect(parseDataset(ok).ok).toBe(true);
    },
  );

  it('rejects an impossible milestone date', () => {
    const broken = clone();
    (broken.milestones![0] as Record<string, unknown>).date = '2014-02-30';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
  });
});

describe('structurally wrong raw files reach the error page, never a crash', () => {
  const collections = Object.keys(rawDataset as object);
  const MAY_BE_EMPTY = ['claims', 'lines', 'places', 'milestones'];
  const MAY_BE_EMPTY_FILES = ['articleClaims', 'pipelineLines', 'places', 'milestones'];
  const shapes: [string, unknown][] = [
    ['{}', {}],
    ['null', null],
    ['[]', []],
    ['"text"', 'text'],
    ['42', 42],
  ];

  it.each(collections.flatMap((c) => shapes.map(([label, value]) => [c, label, value] as const)))(
    'the collection %s as %s',
    (collection, label, value) => {
      // Claims, lines, places and milestones may be empty; the other collections may not.
      if (label === '[]' && MAY_BE_EMPTY.includes(collection)) return;
      const broken: Record<string, unknown> = clone();
      broken[collection] = value;
      const result = parseDataset(broken);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join('\n')).toContain(collection);
    },
  );

  it.each(
    Object.keys(RAW_FILES).flatMap((f) =>
      shapes.map(([label, value]) => [f, label, value] as const),
    ),
  )('the raw file %s.json as %s', (file, label, value) => {
    if (label === '[]' && MAY_BE_EMPTY_FILES.includes(file)) return;
    const files = { ...RAW_FILES, [file]: value };
    const result = parseDataset(assembleDataset(files));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it.each([null, undefined, {}, [], 'x', 0])('the whole dataset as %j', (value) => {
    expect(parseDataset(value).ok).toBe(false);
  });

  it('rejects a record that is not an object', () => {
    const broken = clone() as Record<string, unknown[]>;
    broken.events![0] = null;
    broken.trade![0] = 'x';
    expect(parseDataset(broken).ok).toBe(false);
  });
});
