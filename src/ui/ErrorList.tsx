import './ErrorList.css';

/**
 * What failed validation, one error a line as code (each names the record and the field); with
 * `max`, the first `max` and how many more.
 */
export function ErrorList({ errors, max }: { errors: readonly string[]; max?: number }) {
  const shown = max === undefined ? errors : errors.slice(0, max);
  return (
    <>
      <ul className="error-list">
        {shown.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p>…and {errors.length - shown.length} more.</p>}
    </>
  );
}
