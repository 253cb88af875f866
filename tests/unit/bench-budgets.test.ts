import { describe, expect, it } from 'vitest';
import budgetsFile from '../../bench/budgets.json';
import { checkBudgets, getPath, type Budget } from '../../bench/budgets.mjs';

const results = {
  lighthouse: { mobile: { performance: 91, cls: 0.05 } },
  bytes: { firstScreenPhone: { jsGzip: 174080 } },
  steps: { normal: { p95Ms: 16.1, timedOut: 0 } },
  memory: null,
};

const budget = (metric: string, op: Budget['op'], limit: number): Budget => ({
  id: metric,
  metric,
  op,
  limit,
});

describe('bench budget check', () => {
  it('reads dotted paths, and undefined for missing or null branches', () => {
    expect(getPath(results, 'lighthouse.mobile.performance')).toBe(91);
    expect(getPath(results, 'lighthouse.desktop.performance')).toBeUndefined();
    expect(getPath(results, 'memory.growthPct')).toBeUndefined();
  });

  it('passes on the limit for inclusive operators and fails just past it', () => {
    const { rows } = checkBudgets(results, [
      budget('bytes.firstScreenPhone.jsGzip', '<=', 174080),
      budget('lighthouse.mobile.performance', '>=', 91),
      budget('steps.normal.p95Ms', '<=', 16),
      budget('lighthouse.mobile.performance', '>=', 92),
    ]);
    expect(rows.map((r) => r.status)).toEqual(['pass', 'pass', 'fail', 'fail']);
    expect(rows[2]!.actual).toBe(16.1);
  });

  it('treats strict operators strictly and == exactly', () => {
    const { rows } = checkBudgets(results, [
      budget('lighthouse.mobile.cls', '<', 0.05),
      budget('lighthouse.mobile.cls', '<', 0.06),
      budget('lighthouse.mobile.performance', '>', 91),
      budget('steps.normal.timedOut', '==', 0),
    ]);
    expect(rows.map((r) => r.status)).toEqual(['fail', 'pass', 'fail', 'pass']);
  });

  it('skips budgets whose metric was not measured, and is ok only without a failure', () => {
    const skipped = checkBudgets(results, [
      budget('lighthouse.desktop.performance', '>=', 98),
      budget('memory.growthPct', '<=', 10),
      budget('lighthouse.mobile.performance', '>=', 90),
    ]);
    expect(skipped.rows.map((r) => r.status)).toEqual(['skipped', 'skipped', 'pass']);
    expect(skipped.rows[0]!.actual).toBeNull();
    expect(skipped.ok).toBe(true);
    expect(checkBudgets(results, [budget('steps.normal.p95Ms', '<=', 16)]).ok).toBe(false);
  });

  it('rejects a budget with an unknown operator or a non-numeric limit', () => {
    expect(() =>
      checkBudgets(results, [{ id: 'x', metric: 'a', op: '=<' as Budget['op'], limit: 1 }]),
    ).toThrow(/unknown operator/);
    expect(() =>
      checkBudgets(results, [{ id: 'x', metric: 'a', op: '<', limit: '1' as unknown as number }]),
    ).toThrow(/limit/);
  });

  it('keeps the repository budgets well-formed and covering every performance target', () => {
    const budgets = budgetsFile.budgets as Budget[];
    expect(() => checkBudgets({}, budgets)).not.toThrow();
    const metrics = budgets.map((b) => b.metric);
    for (const m of [
      'lighthouse.mobile.performance',
      'lighthouse.desktop.performance',
      'lighthouse.mobile.cls',
      'bytes.firstScreenPhone.jsGzip',
      'steps.normal.costP95Ms',
      'steps.throttled4x.costP95Ms',
      'playback.fps',
      'playback.longTasks',
      'memory.dataGrowthPct',
    ])
      expect(metrics).toContain(m);
  });
});
