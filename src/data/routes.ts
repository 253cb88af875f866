// The pipeline lines' routes as they ship (src/data/raw/pipelineRoutes.json, written by
// scripts/data/import-data.mjs with the lines), apart from the dataset because only the map and
// the published GeoJSON need them: they load with the map's code, not with the first screen.
// Validated here against the schema and the dataset's lines, like the dataset itself.
import * as v from 'valibot';
import rawRoutes from './raw/pipelineRoutes.json';
import { LINE_IDS, LonLat, type LineId, type PipelineLine } from './schema';

const RoutesSchema = v.array(
  v.object({
    lineId: v.picklist(LINE_IDS),
    coordinates: v.array(v.pipe(v.array(LonLat), v.minLength(2, 'a line needs two points'))),
  }),
);

/** A line's route: its parts, each a list of [lon, lat] points (a GeoJSON MultiLineString). */
export type Route = readonly (readonly [number, number])[][];
export type Routes = ReadonlyMap<LineId, Route>;
export type RoutesResult = { ok: true; routes: Routes } | { ok: false; errors: string[] };

/** The routes file as it ships, `unknown` until validated. */
export const shippedRoutes: unknown = rawRoutes;

/**
 * The routes of `lines`, or what is wrong: a record the schema refuses, two routes for one
 * line, a line of the dataset with none. A route of a line the dataset does not list is not
 * drawn (a smaller dataset, such as a test's, takes the routes of the lines it has).
 */
export function parseRoutes(
  raw: unknown,
  lines: readonly Pick<PipelineLine, 'id'>[],
): RoutesResult {
  const result = v.safeParse(RoutesSchema, raw);
  if (!result.success)
    return {
      ok: false,
      errors: result.issues.map((issue) => {
        const [index, ...field] = (issue.path ?? []).map((p) => String(p.key));
        if (index === undefined) return `routes: ${issue.message}`;
        return `routes[${index}], field "${field.join('.') || '(record)'}": ${issue.message}`;
      }),
    };
  const errors: string[] = [];
  const routes = new Map<LineId, Route>();
  result.output.forEach((r, i) => {
    if (routes.has(r.lineId)) errors.push(`routes[${i}] (line "${r.lineId}"): a second route`);
    routes.set(r.lineId, r.coordinates);
  });
  lines.forEach((l, i) => {
    if (!routes.has(l.id)) errors.push(`lines[${i}] (id "${l.id}"): no route`);
  });
  if (errors.length) return { ok: false, errors };
  const listed = new Set(lines.map((l) => l.id));
  return { ok: true, routes: new Map([...routes].filter(([id]) => listed.has(id))) };
}

/** The shipped routes of `lines`; a build or a download of broken routes fails, saying why. */
export function requireRoutes(lines: readonly Pick<PipelineLine, 'id'>[]): Routes {
  const result = parseRoutes(shippedRoutes, lines);
  if (!result.ok) throw new Error(`The pipeline routes are invalid:\n${result.errors.join('\n')}`);
  return result.routes;
}
