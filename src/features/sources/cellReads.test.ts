import { describe, expect, it } from 'vitest';
import { parseCellRead } from './cellReads';

describe('a cell read of the energy data', () => {
  it('splits the project’s sentence from the cells it quotes', () => {
    expect(
      parseCellRead(
        'Turkmenistan column W (W4) read for every destination (section 7): W48 Russian Federation; W75 China',
      ),
    ).toEqual({
      column: 'W',
      cell: 'W4',
      section: '7',
      cells: 'W48 Russian Federation; W75 China',
    });
  });

  it('is null when not in that form (the page then shows it as English only)', () => {
    expect(parseCellRead('Rows 3 to 9 of the sheet')).toBeNull();
    expect(parseCellRead('Turkmenistan column W read for every destination: W48 Iran')).toBeNull();
  });
});
