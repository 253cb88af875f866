import './ErrorList.css';

/** What failed validation, one error a line as code (each names the record and the field). */
export function ErrorList({ errors }: { errors: readonly string[] }) {
  return (
    <ul className="error-list">
      {errors.map((e) => (
        <li key={e}>
          <code>{e}</code>
        </li>
      ))}
    </ul>
  );
}
