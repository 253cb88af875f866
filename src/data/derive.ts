import { comparePartialDates, yearOf } from './dates';
import type {
  DatasetEvent,
  LineId,
  Milestone,
  PipelineLine,
  TotalTradeRow,
  TradeRow,
} from './schema';

export function clampYear(year: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(year)));
}

/** China's imports minus China's exports: Turkmenistan's surplus in its trade with China. */
export function balanceUsd(row: Pick<TradeRow, 'exportsUsd' | 'importsUsd'>): number {
  return row.importsUsd - row.exportsUsd;
}

export function bilateralTotalUsd(row: Pick<TradeRow, 'exportsUsd' | 'importsUsd'>): number {
  return row.exportsUsd + row.importsUsd;
}

/**
 * China's share (percent) of Turkmenistan's total trade in a year: bilateral trade divided by
 * Turkmenistan's exports plus imports from the named total series. `null` where either is missing.
 */
export function chinaShareOfTotal(
  row: Pick<TradeRow, 'exportsUsd' | 'importsUsd'> | undefined,
  total: Pick<TotalTradeRow, 'exportsUsd' | 'importsUsd'> | undefined,
): number | null {
  if (!row || !total) return null;
  const denominator = total.exportsUsd + total.importsUsd;
  if (denominator <= 0) return null;
  return (100 * bilateralTotalUsd(row)) / denominator;
}

export function eventYear(event: Pick<DatasetEvent, 'date'>): number {
  return yearOf(event.date);
}

/** The words UI-CONTRACT.md allows for a line's status at the end of a year. */
export type LineStatus =
  'in service' | 'under construction' | 'planned' | 'not yet agreed' | 'status unknown';

export interface LineStatusResult {
  status: LineStatus;
  /** The milestone that decided the status, if any. */
  milestone?: Milestone;
  /** True once a "delayed" milestone has passed while the line is still not in service. */
  delayed: boolean;
}

const STAGE: Record<Milestone['kind'], number> = {
  agreed: 1,
  'construction-started': 2,
  'in-service': 3,
  delayed: 0,
};

/**
 * A line's status as at the end of `year`, decided only by dated milestones from the sources.
 * Before the first milestone, the line is "not yet agreed" only where the sources date its
 * agreement; otherwise there is nothing to decide by and the status is "status unknown".
 */
export function lineStatus(
  milestones: readonly Milestone[],
  lineId: LineId,
  year: number,
): LineStatusResult {
  const own = milestones.filter((m) => m.lineId === lineId);
  const passed = own.filter((m) => yearOf(m.date) <= year);
  // The furthest stage reached; among milestones of one stage, the latest decides.
  const reached = passed
    .filter((m) => m.kind !== 'delayed')
    .sort((a, b) => STAGE[b.kind] - STAGE[a.kind] || comparePartialDates(b.date, a.date))[0];
  if (!reached) {
    const agreement = own.find((m) => m.kind === 'agreed');
    return agreement
      ? { status: 'not yet agreed', milestone: agreement, delayed: false }
      : { status: 'status unknown', delayed: false };
  }
  const status: LineStatus =
    reached.kind === 'in-service'
      ? 'in service'
      : reached.kind === 'construction-started'
        ? 'under construction'
        : 'planned';
  // A delay counts only if it was reported at or after the stage reached (the latest one wins):
  // a later milestone means the work moved on.
  const delayedMilestone = passed
    .filter((m) => m.kind === 'delayed' && comparePartialDates(m.date, reached.date) >= 0)
    .sort((a, b) => comparePartialDates(b.date, a.date))[0];
  const delayed = status !== 'in service' && delayedMilestone !== undefined;
  return { status, milestone: delayed ? delayedMilestone : reached, delayed };
}

/** A line with its status at the end of a year. */
export type LineStatusRow = LineStatusResult & { line: PipelineLine };

/** Every line's status at the end of `year`, from each line's own milestones. */
export function lineStatuses(
  lines: readonly PipelineLine[],
  milestonesByLine: ReadonlyMap<LineId, readonly Milestone[]>,
  year: number,
): LineStatusRow[] {
  return lines.map((line) => ({
    line,
    ...lineStatus(milestonesByLine.get(line.id) ?? [], line.id, year),
  }));
}

/** Capacity (bcm/yr) of the lines in service; lines without a capacity are skipped. */
export function capacityInService(
  statuses: readonly LineStatusRow[],
  ids?: readonly LineId[],
): number {
  return statuses
    .filter((s) => !ids || ids.includes(s.line.id))
    .filter((s) => s.status === 'in service')
    .reduce((sum, s) => sum + (s.line.capacityBcm ?? 0), 0);
}
