/**
 * A "cell read" of the energy data (energySources.json `cellReads`): which spreadsheet cells of
 * a source the gas-by-destination figures were read from, e.g.
 * "Turkmenistan column W (W4) read for every destination (section 7): W48 Russian Federation; …".
 * The frame is the project's sentence, so it is translated; the cells after the colon are the
 * spreadsheet's own references and row labels ("W48 Russian Federation"), quotations of the
 * source that stay as the source wrote them (English, `lang="en"`).
 */
export type CellRead = {
  column: string;
  cell: string;
  section: string;
  /** The cells read, as the source labels them: "W48 Russian Federation; W65 Iran; …". */
  cells: string;
};

const FRAME =
  /^Turkmenistan column ([A-Z]{1,3}) \(([A-Z]{1,3}\d+)\) read for every destination \(section (\d+)\): (.+)$/;

/** The parts of a cell read, or `null` when it is not in the usual form (then it stays English). */
export function parseCellRead(text: string): CellRead | null {
  const m = FRAME.exec(text.trim());
  return m ? { column: m[1]!, cell: m[2]!, section: m[3]!, cells: m[4]! } : null;
}
