import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { PipelineMap } from './PipelineMap';

// The routes file as if it were broken: a route with one point.
vi.mock('../../data/routes', async (original) => ({
  ...(await original<typeof import('../../data/routes')>()),
  shippedRoutes: [{ lineId: 'A', coordinates: [[[60, 38]]] }],
}));

const model = buildTestModel({ years: [2000, 2010], lines: [{ id: 'A', name: 'Test Line A' }] });

describe('PipelineMap with broken routes', () => {
  it('says the routes failed validation, naming the record, and still gives the readout', () => {
    renderWithStore(<PipelineMap />, { model });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The pipeline routes could not be drawn');
    expect(alert).toHaveTextContent('routes[0], field "coordinates.0": a line needs two points');
    expect(screen.getByText('Gas sent to China, 2010')).toBeInTheDocument();
  });
});
