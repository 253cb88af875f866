import type { ReactNode } from 'react';

/**
 * A checkbox in its label, bound to a boolean; `role="switch"` for a toggle between two modes
 * of a view.
 */
export function Checkbox({
  className,
  label,
  checked,
  onChange,
  role,
}: {
  className: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  role?: 'switch';
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        role={role}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
