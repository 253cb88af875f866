import { rawDataset } from '../data/dataset';
import { buildModel, type Model } from '../data/model';
import { parseDataset } from '../data/validate';

/** The validated, indexed dataset, or what is wrong with it: never a throw. */
export function loadModel(): { model: Model } | { errors: string[] } {
  const result = parseDataset(rawDataset);
  if (!result.ok) return { errors: result.errors };
  try {
    return { model: buildModel(result.dataset) };
  } catch (error) {
    return { errors: [`dataset: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
