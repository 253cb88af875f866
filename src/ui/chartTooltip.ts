/** The charts' tooltips in the theme's colours (Recharts' `contentStyle`). */
export const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};
