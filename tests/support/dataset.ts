// Small synthetic datasets for behaviour tests, so a refresh of the shipped data never breaks a
// test for data reasons. Every dataset built here goes through the real `parseDataset`, so it is
// one the app could ship. Modelled on OWID's table synthesizers: say only what the test is
// about, and the builder fills in the rest with plain, round defaults.
import { buildModel, type Model } from '../../src/data/model';
import type {
  Claim,
  Dataset,
  DatasetEvent,
  GasRow,
  LineId,
  Milestone,
  PipelineLine,
  Place,
  Source,
  TotalTradeRow,
  TradeRow,
} from '../../src/data/schema';
import { FIRST_EVENT_YEAR } from '../../src/data/schema';
import { TOTAL_TRADE_SOURCE } from '../../src/data/trade';
import { parseDataset } from '../../src/data/validate';

/** Source ids the defaults cite; any other id a record cites gets a source made for it. */
export const SOURCE = {
  china: 'STAT_CHINA',
  mirror: 'STAT_MIRROR',
  /** The total-trade series the app computes China's share from. */
  total: TOTAL_TRADE_SOURCE,
  gas: 'STAT_GAS',
  news: 'NEWS_WIRE',
  article: 'THE_ARTICLE',
  lines: 'LINE_TRACKER',
} as const;

export interface DatasetSpec {
  /** First and last year of the trade and gas series (both inclusive). Default 2000–2005. */
  years?: readonly [number, number];
  /** Years inside `years` with no trade, total-trade or gas row: gaps, as the data has them. */
  gaps?: readonly number[];
  /** Events; each field not given gets a default (id `event-N`, dated in the first year). */
  events?: readonly Partial<DatasetEvent>[];
  /** Replace the generated series. */
  trade?: readonly Partial<TradeRow>[];
  totalTrade?: readonly Partial<TotalTradeRow>[];
  gas?: readonly Partial<GasRow>[];
  claims?: readonly Partial<Claim>[];
  lines?: readonly Partial<PipelineLine>[];
  milestones?: readonly Partial<Milestone>[];
  places?: readonly Partial<Place>[];
  /** Extra or replacement sources (matched by id). */
  sources?: readonly Partial<Source>[];
  /** Changes the generated records (not the sources) before the sources are made for them. */
  edit?: (records: Omit<Dataset, 'sources'>) => void;
}

/** Sources the views cite by id (credits, derived figures): every dataset has them. */
const CITED_BY_VIEWS = ['NATURAL_EARTH', 'APP_DERIVED'];

/** The generated China-reported row of a year: exports $100 million × n, imports $1 billion × n. */
export function defaultTradeRow(year: number, first: number): TradeRow {
  const n = year - first + 1;
  return {
    year,
    reporter: 'china',
    exportsUsd: 100_000_000 * n,
    importsUsd: 1_000_000_000 * n,
    basis: 'reported by China',
    sourceId: SOURCE.china,
  };
}

export function source(over: Partial<Source> & { id: string }): Source {
  return {
    title: `Source ${over.id}`,
    publisher: 'Test publisher',
    url: null,
    detail: '',
    credit: `Credit for ${over.id}`,
    confidence: 'high',
    kind: 'statistics',
    note: '',
    ...over,
  };
}

export function event(over: Partial<DatasetEvent> = {}, n = 1, firstYear = 2000): DatasetEvent {
  return {
    id: `event-${n}`,
    // Event dates start in 1991 (the validator's range), even where the data starts earlier.
    date: String(Math.max(firstYear, FIRST_EVENT_YEAR)),
    title: `Event ${n}`,
    summary: `What happened in event ${n}.`,
    category: 'diplomacy',
    people: [],
    places: [],
    sourceIds: [SOURCE.news],
    origin: 'research',
    ...over,
  };
}

export function line(over: Partial<PipelineLine> & { id: LineId }): PipelineLine {
  return {
    name: `Line ${over.id}`,
    gemStatus: 'operating',
    commissioned: null,
    capacityBcm: 10,
    lengthKm: 1000,
    diameterMm: 1000,
    countries: ['Turkmenistan', 'China'],
    startPoint: null,
    endPoint: null,
    connectsTo: null,
    note: null,
    routePrecision: 'approximate',
    schematic: false,
    sourceId: SOURCE.lines,
    attributeSources: {},
    ...over,
  };
}

export function milestone(
  over: Partial<Milestone> & Pick<Milestone, 'lineId' | 'date' | 'kind'>,
): Milestone {
  return { sourceIds: [SOURCE.lines], note: '', ...over };
}

export function claim(over: Partial<Claim> & { year: number }, n = 1): Claim {
  return {
    id: `claim-${n}`,
    quote: `Claim ${n}`,
    measure: 'bilateral-trade',
    value: 0,
    unit: 'usd',
    sourceId: SOURCE.article,
    note: '',
    ...over,
  };
}

export function place(over: Partial<Place> & { id: string }, n = 1): Place {
  return {
    name: `Place ${n}`,
    kind: 'city',
    role: '',
    sourceId: SOURCE.lines,
    lon: 62,
    lat: 39,
    ...over,
  };
}

/** The raw (not yet validated) form: break a copy of it to test validation. */
export function buildRawDataset(spec: DatasetSpec = {}): Dataset {
  const [first, last] = spec.years ?? [2000, 2005];
  const gaps = new Set(spec.gaps ?? []);
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (!gaps.has(y)) years.push(y);

  const trade: TradeRow[] = spec.trade
    ? spec.trade.map((r) => ({ ...defaultTradeRow(r.year ?? first, first), ...r }))
    : years.flatMap((y) => {
        const china = defaultTradeRow(y, first);
        return [
          china,
          {
            ...china,
            reporter: 'mirror' as const,
            exportsUsd: china.exportsUsd / 2,
            importsUsd: china.importsUsd / 2,
            basis: 'reported by Turkmenistan',
            sourceId: SOURCE.mirror,
          },
        ];
      });
  const totalTrade: TotalTradeRow[] = spec.totalTrade
    ? spec.totalTrade.map((r) => ({
        year: first,
        exportsUsd: 0,
        importsUsd: 0,
        sourceId: SOURCE.total,
        ...r,
      }))
    : years.map((y) => {
        const china = defaultTradeRow(y, first);
        // China's share of the total is 50% in every generated year.
        const half = china.exportsUsd + china.importsUsd;
        return { year: y, exportsUsd: half, importsUsd: half, sourceId: SOURCE.total };
      });
  const gas: GasRow[] = spec.gas
    ? spec.gas.map((r) => ({ year: first, bcm: 0, sourceId: SOURCE.gas, ...r }))
    : years.map((y) => ({ year: y, bcm: 10 + (y - first), sourceId: SOURCE.gas }));
  const events = (spec.events ?? [{}]).map((e, i) => event(e, i + 1, first));
  const claims = (spec.claims ?? []).map((c, i) => claim({ year: first, ...c }, i + 1));
  const lines = (spec.lines ?? []).map((l) => line({ id: 'A', ...l }));
  const milestones = (spec.milestones ?? []).map((m) =>
    milestone({ lineId: 'A', date: String(first), kind: 'agreed', ...m }),
  );
  const places = (spec.places ?? []).map((p, i) => place({ id: `place-${i + 1}`, ...p }, i + 1));

  const records = { events, trade, totalTrade, gas, claims, lines, places, milestones };
  spec.edit?.(records);

  const cited = new Set<string>([...Object.values(SOURCE), ...CITED_BY_VIEWS]);
  const cite = (id: string) => cited.add(id);
  const r = records;
  r.events.forEach((e) => e.sourceIds.forEach(cite));
  [...r.trade, ...r.totalTrade, ...r.gas, ...r.claims, ...r.lines, ...r.places].forEach((row) =>
    cite(row.sourceId),
  );
  r.milestones.forEach((m) => m.sourceIds.forEach(cite));
  r.lines.forEach((l) =>
    Object.values(l.attributeSources).forEach((ids) =>
      ids.split(';').forEach((s) => cite(s.replace(/\(.*\)/, '').trim())),
    ),
  );
  const given = new Map((spec.sources ?? []).map((s) => [s.id, s]));
  const sources = [...new Set([...cited, ...given.keys()])]
    .filter((id): id is string => id !== undefined)
    .map((id) => source({ ...given.get(id), id }));

  return { sources, ...records };
}

/** A synthetic dataset, validated by the app's own `parseDataset` (a test error if it fails). */
export function buildDataset(spec: DatasetSpec = {}): Dataset {
  const result = parseDataset(buildRawDataset(spec));
  if (!result.ok) throw new Error(`synthetic dataset is invalid:\n${result.errors.join('\n')}`);
  return result.dataset;
}

/** `buildDataset` then the app's `buildModel`: what the store is made from. */
export function buildTestModel(spec: DatasetSpec = {}): Model {
  return buildModel(buildDataset(spec));
}
