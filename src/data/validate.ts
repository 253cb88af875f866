import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

type Issue = v.InferIssue<typeof DatasetSchema>;

/** Names the record (collection, index and id where it has one) and the field of an issue. */
function describeIssue(issue: Issue, input: unknown): string {
  const path = issue.path ?? [];
  const keys = path.map((p) => p.key);
  const [collection, index, ...field] = keys;
  if (collection === undefined) return `dataset: ${issue.message}`;
  if (index === undefined) return `${String(collection)}: ${issue.message}`;
  const record = (input as Record<string, unknown[]>)[String(collection)]?.[Number(index)];
  const id =
    record && typeof record === 'object' && 'id' in record ? ` (id "${String(record.id)}")` : '';
  const fieldName = field.length ? field.map(String).join('.') : '(record)';
  return `${String(collection)}[${String(index)}]${id}, field "${fieldName}": ${issue.message}`;
}

function crossReferenceErrors(d: Dataset): string[] {
  const errors: string[] = [];
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const eventIds = new Set<string>();
  const lineIds = new Set(d.lines.map((l) => l.id));
  const checkSource = (where: string, id: string) => {
    if (!sourceIds.has(id)) errors.push(`${where}: unknown source id "${id}"`);
  };
  const checkUnique = (name: string, rows: readonly { id: string }[]) => {
    const seen = new Set<string>();
    rows.forEach(({ id }, i) => {
      if (seen.has(id)) errors.push(`${name}[${i}] (id "${id}"), field "id": duplicate id`);
      seen.add(id);
    });
  };
  const keyed = { sources: d.sources, events: d.events, claims: d.claims, lines: d.lines };
  for (const [name, rows] of Object.entries(keyed)) checkUnique(name, rows);
  d.events.forEach((e, i) => {
    eventIds.add(e.id);
    e.sourceIds.forEach((s) => checkSource(`events[${i}] (id "${e.id}"), field "sourceIds"`, s));
    e.lines?.forEach((l) => {
      if (!lineIds.has(l))
        errors.push(`events[${i}] (id "${e.id}"), field "lines": unknown line "${l}"`);
    });
  });
  const seenRows = new Set<string>();
  d.trade.forEach((r, i) => {
    checkSource(`trade[${i}] (year ${r.year}), field "sourceId"`, r.sourceId);
    const key = `${r.reporter}:${r.year}`;
    if (seenRows.has(key))
      errors.push(`trade[${i}] (year ${r.year}), field "year": two ${r.reporter} rows`);
    seenRows.add(key);
  });
  d.totalTrade.forEach((r, i) =>
    checkSource(`totalTrade[${i}] (year ${r.year}), field "sourceId"`, r.sourceId),
  );
  d.gas.forEach((r, i) => checkSource(`gas[${i}] (year ${r.year}), field "sourceId"`, r.sourceId));
  d.claims.forEach((c, i) =>
    checkSource(`claims[${i}] (id "${c.id}"), field "sourceId"`, c.sourceId),
  );
  d.lines.forEach((l, i) => {
    checkSource(`lines[${i}] (id "${l.id}"), field "sourceId"`, l.sourceId);
    Object.entries(l.attributeSources).forEach(([attr, ids]) =>
      ids
        .split(';')
        .map((s) => s.replace(/\(.*\)/, '').trim())
        .forEach((s) =>
          checkSource(`lines[${i}] (id "${l.id}"), field "attributeSources.${attr}"`, s),
        ),
    );
  });
  d.places.forEach((p, i) =>
    checkSource(`places[${i}] (id "${p.id}"), field "sourceId"`, p.sourceId),
  );
  d.milestones.forEach((m, i) => {
    const where = `milestones[${i}] (line ${m.lineId}, ${m.date})`;
    m.sourceIds.forEach((s) => checkSource(`${where}, field "sourceIds"`, s));
    if (!lineIds.has(m.lineId)) errors.push(`${where}, field "lineId": unknown line`);
    if (m.eventId !== undefined && !eventIds.has(m.eventId))
      errors.push(`${where}, field "eventId": unknown event "${m.eventId}"`);
  });
  return errors;
}

/** The first step of `parseDataset`: every record against the schema. */
export function parseSchema(input: unknown): ParseResult {
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) {
    return { ok: false, errors: result.issues.map((issue) => describeIssue(issue, input)) };
  }
  return { ok: true, dataset: result.output };
}

/** The second step of `parseDataset`: the cross-references of a dataset the schema accepted. */
export function checkReferences(dataset: Dataset): ParseResult {
  const errors = crossReferenceErrors(dataset);
  return errors.length ? { ok: false, errors } : { ok: true, dataset };
}

/** Validates a dataset against the schema, then its cross-references (ids, sources, lines). */
export function parseDataset(input: unknown): ParseResult {
  const result = parseSchema(input);
  return result.ok ? checkReferences(result.dataset) : result;
}
