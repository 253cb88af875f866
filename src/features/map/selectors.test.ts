import { describe, expect, it } from 'vitest';
import { testModel } from '../../../tests/unit/render';
import { createExplorerStore } from '../../store/explorerStore';
import * as sel from './selectors';

describe('map selectors', () => {
  it('keep the map’s line states while no line changes, and give new ones when one does', () => {
    const s = createExplorerStore(testModel(), { year: 2015 });
    const states = sel.selectMapLineStates(s.getState());
    const rows = sel.selectLineRows(s.getState());
    s.getState().setYear(2016); // nothing a line draws changes between 2015 and 2016
    expect(sel.selectLineRows(s.getState())).not.toBe(rows);
    expect(sel.selectMapLineStates(s.getState())).toBe(states);
    s.getState().setYear(2013); // Line C is not in service yet
    const earlier = sel.selectMapLineStates(s.getState());
    expect(earlier).not.toBe(states);
    expect(earlier.get('C')?.status).toBe('status unknown');
    expect(earlier.get('C')?.eventId).toBe('2014-line-c-starts-flowing');
  });

  it('highlights the lines of the selected event', () => {
    const s = createExplorerStore(testModel(), { year: 2014 });
    s.getState().selectEvent('2014-line-c-starts-flowing');
    const states = sel.selectMapLineStates(s.getState());
    expect(states.get('C')?.highlighted).toBe(true);
    expect(states.get('A')?.highlighted).toBe(false);
  });

  it('give the year’s gas and capacity with their sources, the same answer for the same year', () => {
    const s = createExplorerStore(testModel(), { year: 2023 });
    expect(sel.selectGasOfYear(s.getState())?.bcm).toBeCloseTo(30.5, 1);
    const capacity = sel.selectCapacity(s.getState());
    expect(capacity.bcm).toBe(55);
    expect(capacity.sourceIds.at(-1)).toBe('APP_DERIVED');
    s.getState().setSpeed(2);
    expect(sel.selectCapacity(s.getState())).toBe(capacity);
    s.getState().setYear(2005);
    expect(sel.selectCapacity(s.getState())).toEqual({ bcm: 0, sourceIds: [] });
  });

  it('project the lines once per dataset', () => {
    const s = createExplorerStore(testModel(), { year: 2010 });
    const projected = sel.selectProjectedLines(s.getState());
    s.getState().setYear(2020);
    expect(sel.selectProjectedLines(s.getState())).toBe(projected);
  });
});
