import * as v from 'valibot';

/** True when `YYYY-MM-DD` (or a coarser prefix) names a day that exists: no 31 February. */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined || day === undefined || year === undefined) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dates are as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, of a real day. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  ),
  v.check(isCalendarDate, 'must be a day of the calendar'),
);

/**
 * The years an event may fall in: from Turkmenistan's independence (1991) to a year after the
 * current one (an announced date). A year outside it is a typo that would stretch the slider.
 */
export const FIRST_EVENT_YEAR = 1991;
export const lastEventYear = () => new Date().getFullYear() + 1;
const EventDate = v.pipe(
  PartialDate,
  v.check((date) => {
    const year = Number(date.slice(0, 4));
    return year >= FIRST_EVENT_YEAR && year <= lastEventYear();
  }, `must fall between ${FIRST_EVENT_YEAR} and next year`),
);

/** A list that must hold something: without it the explorer has no years or sources to show, so
 * an empty one means the import went wrong. Claims, lines, places and milestones may be empty. */
const List = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.minLength(1, 'must not be empty'));

/** Links open in the reader's browser: only web addresses, never `javascript:`, `data:`, `file:`. */
const WebUrl = v.pipe(
  v.string(),
  v.url('must be an absolute address'),
  v.regex(/^https?:\/\//i, 'must be an http(s) address'),
);

export const Year = v.pipe(
  v.number(),
  v.integer('must be a whole year'),
  v.minValue(1900),
  v.maxValue(2100),
);
const NonNegative = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'));
export const Usd = NonNegative;
export const Bcm = NonNegative;
/** Ids of records readers see in addresses (events, claims, facts). */
export const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug'),
);
export const SourceId = v.pipe(
  v.string(),
  v.regex(/^[A-Z0-9_]+$/, 'must be an upper-case source id'),
);
export const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

export const CATEGORIES = [
  'diplomacy',
  'energy',
  'pipeline',
  'security',
  'economy',
  'culture-science',
  'human-rights',
  'finance',
] as const;

export const LINE_IDS = ['A', 'B', 'C', 'D', 'WEPP2', 'WEPP3-W', 'WEPP4'] as const;

/** The trade figure's series, which a view (the story) may ask it to emphasise. */
export const TRADE_SERIES = ['exports', 'imports', 'balance'] as const;

export const SourceSchema = v.object({
  id: SourceId,
  title: NonEmpty,
  publisher: NonEmpty,
  url: v.nullable(WebUrl),
  detail: v.string(),
  credit: v.string(),
  confidence: v.picklist(['high', 'medium', 'low']),
  kind: v.picklist([
    'statistics',
    'news',
    'reference',
    'infrastructure',
    'article',
    'map',
    'derived',
  ]),
  note: v.string(),
});

export const EventSchema = v.object({
  id: Slug,
  date: EventDate,
  title: NonEmpty,
  summary: NonEmpty,
  category: v.picklist(CATEGORIES),
  people: v.array(NonEmpty),
  places: v.array(NonEmpty),
  sourceIds: v.pipe(v.array(SourceId), v.minLength(1, 'needs at least one source')),
  origin: v.picklist(['article', 'research']),
  lines: v.optional(v.array(v.picklist(LINE_IDS))),
  note: v.optional(v.string()),
});

export const TradeRowSchema = v.object({
  year: Year,
  reporter: v.picklist(['china', 'mirror']),
  exportsUsd: Usd,
  importsUsd: Usd,
  basis: NonEmpty,
  sourceId: SourceId,
});

export const TotalTradeRowSchema = v.object({
  year: Year,
  exportsUsd: Usd,
  importsUsd: Usd,
  sourceId: SourceId,
});

export const GasRowSchema = v.object({
  year: Year,
  bcm: Bcm,
  sourceId: SourceId,
});

export const ClaimSchema = v.object({
  id: Slug,
  quote: NonEmpty,
  year: Year,
  measure: v.picklist([
    'china-exports',
    'china-imports',
    'bilateral-trade',
    'china-share-of-tkm-trade',
    'china-share-of-china-asia-trade',
    'gas-supply-target',
    'gas-exports-via-russia-share',
    'tkm-gas-share-via-pipeline',
    'china-imports-agri-textile-share',
  ]),
  value: v.pipe(v.number(), v.finite()),
  unit: v.picklist(['usd', 'percent', 'bcm-per-year']),
  sourceId: SourceId,
  note: v.string(),
  /** Another year the researched sources give for the same claim (the 65 bcm target: 2020). */
  altYear: v.optional(Year),
});

export const LonLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);

export const PipelineLineSchema = v.object({
  id: v.picklist(LINE_IDS),
  name: NonEmpty,
  gemStatus: NonEmpty,
  commissioned: v.nullable(v.string()),
  capacityBcm: v.nullable(v.pipe(v.number(), v.minValue(0))),
  lengthKm: v.nullable(v.pipe(v.number(), v.minValue(0))),
  diameterMm: v.nullable(v.pipe(v.number(), v.minValue(0))),
  countries: v.array(NonEmpty),
  startPoint: v.nullable(v.string()),
  endPoint: v.nullable(v.string()),
  connectsTo: v.nullable(v.string()),
  note: v.nullable(v.string()),
  routePrecision: NonEmpty,
  schematic: v.boolean(),
  sourceId: SourceId,
  attributeSources: v.record(v.string(), v.string()),
  // Its route (WGS84 lon/lat) is apart, in ./routes.ts: only the map draws it.
});

export const PlaceSchema = v.object({
  id: NonEmpty,
  name: NonEmpty,
  kind: NonEmpty,
  role: v.string(),
  sourceId: SourceId,
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
});

export const MilestoneSchema = v.object({
  lineId: v.picklist(LINE_IDS),
  date: PartialDate,
  kind: v.picklist(['agreed', 'construction-started', 'in-service', 'delayed']),
  eventId: v.optional(v.string()),
  sourceIds: v.pipe(v.array(SourceId), v.minLength(1, 'needs at least one source')),
  note: v.string(),
});

export const DatasetSchema = v.object({
  sources: List(SourceSchema),
  events: List(EventSchema),
  trade: List(TradeRowSchema),
  totalTrade: List(TotalTradeRowSchema),
  gas: List(GasRowSchema),
  claims: v.array(ClaimSchema),
  lines: v.array(PipelineLineSchema),
  places: v.array(PlaceSchema),
  milestones: v.array(MilestoneSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type DatasetEvent = v.InferOutput<typeof EventSchema>;
export type Category = (typeof CATEGORIES)[number];
export type LineId = (typeof LINE_IDS)[number];
export type TradeSeries = (typeof TRADE_SERIES)[number];
export type TradeRow = v.InferOutput<typeof TradeRowSchema>;
export type Reporter = TradeRow['reporter'];
export type TotalTradeRow = v.InferOutput<typeof TotalTradeRowSchema>;
export type GasRow = v.InferOutput<typeof GasRowSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type PipelineLine = v.InferOutput<typeof PipelineLineSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
