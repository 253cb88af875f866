/**
 * A checkbox in its label, bound to a boolean; `asSwitch` gives it the switch role, for a
 * toggle between two modes of a view.
 */
export function Checkbox({
  className,
  label,
  checked,
  onChange,
  asSwitch = false,
}: {
  className: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  asSwitch?: boolean;
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        role={asSwitch ? 'switch' : undefined}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
