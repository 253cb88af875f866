/**
 * The data version: the date of the dataset and a short hash of its validated content, e.g.
 * `2026-11-30.3f2a9c1e`. Computed once at build time (vite.config.ts) and handed to the app as
 * `__DATA_VERSION__`; the same string is in datapackage.json, the README and every download.
 */
export interface DataVersion {
  /** First 8 hex digits of the SHA-256 of the validated dataset as JSON. */
  hash: string;
  /** `YYYY-MM-DD`: when the dataset last changed (its last commit), else the build date. */
  date: string;
  /** `date.hash`, the form shown and written into files. */
  label: string;
}

export function makeDataVersion(hash: string, date: string): DataVersion {
  return { hash, date, label: `${date}.${hash}` };
}

/** Stable JSON of a value: object keys sorted, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}
