import './ErrorList.css';

/** What failed validation, one error a line as code (each names the record and the field), as
 * the checks write it: in English, whatever the page's language. */
export function ErrorList({ errors }: { errors: readonly string[] }) {
  return (
    <ul className="error-list" lang="en">
      {errors.map((e) => (
        <li key={e}>
          <code>{e}</code>
        </li>
      ))}
    </ul>
  );
}
