import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../src/data/dataset';
import { parseDataset } from '../../src/data/validate';

describe('the shipped dataset', () => {
  it('passes validation, with its events and sources', () => {
    const result = parseDataset(rawDataset);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.events.length).toBeGreaterThanOrEqual(50);
    expect(result.dataset.sources.length).toBeGreaterThan(50);
  });
});
