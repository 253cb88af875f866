import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildRawDataset } from '@tests/support/dataset';
import { parseDataset } from '../data/validate';
import { DatasetErrorPage } from './DatasetErrorPage';

describe('DatasetErrorPage', () => {
  it('names the broken record and field of a broken dataset', () => {
    const broken = structuredClone(buildRawDataset()) as unknown as { gas: { bcm: unknown }[] };
    broken.gas[0]!.bcm = 'lots';
    const result = parseDataset(broken);
    if (result.ok) throw new Error('a broken dataset passed');
    render(<DatasetErrorPage errors={result.errors} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('could not be loaded');
    expect(screen.getByRole('listitem')).toHaveTextContent('gas[0], field "bcm"');
  });
});
