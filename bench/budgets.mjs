// The budget check: compares benchmark results with the budgets in bench/budgets.json.
// Pure functions, so the comparison itself is unit-tested (tests/unit/bench-budgets.test.ts).

/**
 * @typedef {object} Budget
 * @property {string} id
 * @property {string} [label]
 * @property {string} metric Dotted path into the results, e.g. "lighthouse.mobile.performance".
 * @property {'<' | '<=' | '>' | '>=' | '=='} op
 * @property {number} limit
 * @property {string} [unit]
 */

/**
 * @typedef {object} BudgetRow
 * @property {string} id
 * @property {string} label
 * @property {string} metric
 * @property {Budget['op']} op
 * @property {number} limit
 * @property {string} unit
 * @property {number | null} actual
 * @property {'pass' | 'fail' | 'skipped'} status
 */

/**
 * Reads a dotted path such as "lighthouse.mobile.performance" out of an object.
 * @param {unknown} object
 * @param {string} path
 * @returns {unknown}
 */
export function getPath(object, path) {
  let value = object;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
    value = /** @type {Record<string, unknown>} */ (value)[key];
  }
  return value;
}

/** @type {Record<string, ((a: number, b: number) => boolean) | undefined>} */
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
 * @param {unknown} results
 * @param {Budget[]} budgets
 * @returns {{ ok: boolean, rows: BudgetRow[] }}
 */
export function checkBudgets(results, budgets) {
  const rows = budgets.map((budget) => {
    const compare = COMPARATORS[budget.op];
    if (!compare) throw new Error(`budget ${budget.id}: unknown operator ${budget.op}`);
    if (typeof budget.limit !== 'number')
      throw new Error(`budget ${budget.id}: limit must be a number`);
    const actual = getPath(results, budget.metric);
    const measured = typeof actual === 'number' && Number.isFinite(actual);
    /** @type {BudgetRow['status']} */
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
