/** A load that failed validation: what failed, and the first five of its errors. */
export function LoadErrors({ message, errors }: { message: string; errors: readonly string[] }) {
  return (
    <div role="alert">
      <p>{message}</p>
      <ul>
        {errors.slice(0, 5).map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
