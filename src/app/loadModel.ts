import { rawDataset } from '../data/dataset';
import { buildModel, type Model } from '../data/model';
import { checkReferences, parseSchema, type ParseResult } from '../data/validate';

type Loaded = { model: Model } | { errors: string[] };

function built(result: ParseResult): Loaded {
  if (!result.ok) return { errors: result.errors };
  try {
    return { model: buildModel(result.dataset) };
  } catch (error) {
    return { errors: [`dataset: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** The validated, indexed dataset, or what is wrong with it: never a throw. */
export function loadModel(): Loaded {
  const schema = parseSchema(rawDataset);
  return built(schema.ok ? checkReferences(schema.dataset) : schema);
}

/**
 * The same as `loadModel`, in three tasks (the schema, the cross-references, the indexes), with
 * `pause()` awaited between them: in the browser each is a short task that leaves the page
 * responsive, where the whole would block it for one long one.
 */
export async function loadModelInSteps(pause: () => Promise<void>): Promise<Loaded> {
  const schema = parseSchema(rawDataset);
  if (!schema.ok) return { errors: schema.errors };
  await pause();
  const checked = checkReferences(schema.dataset);
  if (!checked.ok) return { errors: checked.errors };
  await pause();
  return built(checked);
}
