export interface Budget {
  id: string;
  label?: string;
  /** Dotted path into the results, e.g. "lighthouse.mobile.performance". */
  metric: string;
  op: '<' | '<=' | '>' | '>=' | '==';
  limit: number;
  unit?: string;
}

export interface BudgetRow {
  id: string;
  label: string;
  metric: string;
  op: Budget['op'];
  limit: number;
  unit: string;
  actual: number | null;
  status: 'pass' | 'fail' | 'skipped';
}

export function getPath(object: unknown, path: string): unknown;
export function checkBudgets(
  results: unknown,
  budgets: Budget[],
): { ok: boolean; rows: BudgetRow[] };
