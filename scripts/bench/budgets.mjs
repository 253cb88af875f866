// The budget check: compares benchmark results with the budgets in bench/budgets.json.
// Pure functions, so the comparison itself is unit-tested (tests/unit/bench-budgets.test.ts).

/** Reads a dotted path such as "lighthouse.mobile.performance" out of an object. */
export function getPath(object, path) {
  let value = object;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
    value = value[key];
  }
  return value;
}

const COMPARATORS = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
};

/**
 * Checks each budget `{ id, label, metric, op, limit, unit? }` against `results`.
 * A budget whose metric was not measured (skipped, or null) is "skipped": it neither passes nor
 * fails, and `ok` only counts budgets that were measured.
 * Returns `{ ok, rows: [{ id, label, metric, op, limit, unit, actual, status }] }` where status
 * is "pass", "fail" or "skipped".
 */
export function checkBudgets(results, budgets) {
  const rows = budgets.map((budget) => {
    const compare = COMPARATORS[budget.op];
    if (!compare) throw new Error(`budget ${budget.id}: unknown operator ${budget.op}`);
    if (typeof budget.limit !== 'number')
      throw new Error(`budget ${budget.id}: limit must be a number`);
    const actual = getPath(results, budget.metric);
    const measured = typeof actual === 'number' && Number.isFinite(actual);
    const status = !measured ? 'skipped' : compare(actual, budget.limit) ? 'pass' : 'fail';
    return {
      id: budget.id,
      label: budget.label ?? budget.id,
      metric: budget.metric,
      op: budget.op,
      limit: budget.limit,
      unit: budget.unit ?? '',
      actual: measured ? actual : null,
      status,
    };
  });
  return { ok: rows.every((r) => r.status !== 'fail'), rows };
}
