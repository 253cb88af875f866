// Normalises the destination names of gas_exports_by_destination.csv (docs/data.md, "The energy
// data").
// Each Statistical Review edition spells its importers its own way; the app needs one name per
// country, and must keep groups as groups and the edition's own wording for the source note.
// Nothing is summed, split, rounded or filled in here.

/** Edition spelling → the app's name for that importer. */
const COUNTRY_NAMES = {
  Russia: 'Russia',
  'Russian Federation': 'Russia',
  Iran: 'Iran',
  China: 'China',
  Kazakhstan: 'Kazakhstan',
  Poland: 'Poland',
};

/** Rows that stand for several importers the edition did not list one by one. */
const GROUP_NAMES = ['Other Former Soviet Union', 'Other Middle East', 'Other CIS'];

/** The editions' total rows; the first is used for 2001–2008 (BP 2002–2009 editions). */
const TOTAL_NAMES = { Total: 'all', 'Total (excl. intra-FSU trade)': 'excl-intra-fsu' };

/**
 * One CSV row → `{ destination, published, kind, coverage? }`: `destination` is the app's name,
 * `published` the edition's wording, `kind` "country", "group" or "total". Throws on a name it
 * does not know, so a new spelling in a later edition is noticed rather than silently split.
 */
export function normaliseDestination(published) {
  const name = String(published).trim();
  if (name in COUNTRY_NAMES)
    return { destination: COUNTRY_NAMES[name], published: name, kind: 'country' };
  if (GROUP_NAMES.includes(name)) return { destination: name, published: name, kind: 'group' };
  if (name in TOTAL_NAMES)
    return { destination: 'Total', published: name, kind: 'total', coverage: TOTAL_NAMES[name] };
  throw new Error(`unknown gas destination "${name}"`);
}

/**
 * The CSV's records (`{ year, destination, bcm, source_id }`, strings) → rows of the dataset.
 * Each row carries its year's coverage, read from that year's total row: "excl-intra-fsu" where
 * the edition left out trade between former Soviet republics (so Russia is absent, not zero).
 */
export function gasExportRows(records) {
  const coverageByYear = new Map();
  for (const r of records) {
    const n = normaliseDestination(r.destination);
    if (n.kind === 'total') coverageByYear.set(Number(r.year), n.coverage);
  }
  return records.map((r) => {
    const year = Number(r.year);
    const { destination, published, kind } = normaliseDestination(r.destination);
    const coverage = coverageByYear.get(year);
    if (!coverage) throw new Error(`no total row for ${year}`);
    return {
      year,
      destination,
      published,
      kind,
      bcm: Number(r.bcm),
      coverage,
      sourceId: r.source_id,
    };
  });
}
