import { ErrorList } from '../ui/ErrorList';

/** Shown instead of the explorer when the dataset fails validation: it names what is wrong. */
export function DatasetErrorPage({ errors }: { errors: string[] }) {
  const shown = errors.slice(0, 20);
  return (
    <main className="page page--narrow" id="main">
      <h1>The explorer’s data could not be loaded</h1>
      <p>
        The dataset did not pass its checks, so nothing is shown rather than something wrong. Each
        line names the record and the field at fault:
      </p>
      <ErrorList errors={shown} />
      {errors.length > shown.length && <p>…and {errors.length - shown.length} more.</p>}
    </main>
  );
}
