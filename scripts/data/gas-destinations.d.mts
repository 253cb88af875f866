export type GasExportKind = 'country' | 'group' | 'total';
export type GasCoverage = 'all' | 'excl-intra-fsu';
export function normaliseDestination(published: string): {
  destination: string;
  published: string;
  kind: GasExportKind;
  coverage?: GasCoverage;
};
export function gasExportRows(records: readonly Record<string, string>[]): {
  year: number;
  destination: string;
  published: string;
  kind: GasExportKind;
  bcm: number;
  coverage: GasCoverage;
  sourceId: string;
}[];
