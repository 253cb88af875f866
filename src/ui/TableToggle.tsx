import { useT } from '../routing/locale';

/**
 * The "Table" button of a figure: shows or hides the figure's numbers as a table (the chart's
 * text alternative). `tableId` is the table's id, named by `aria-controls` while it is shown.
 */
export function TableToggle({
  open,
  tableId,
  onToggle,
}: {
  open: boolean;
  tableId: string;
  onToggle: () => void;
}) {
  const t = useT();
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? tableId : undefined}
      onClick={onToggle}
    >
      {t('trade.table')}
    </button>
  );
}
