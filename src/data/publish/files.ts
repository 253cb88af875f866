/**
 * The names of the published files under /data/ that the app names on its pages (the figures'
 * no-script alternatives link to them). A public surface, as every file name there (docs/data.md):
 * the tables and the GeoJSON take their names from here.
 */
export const DATA_FILE = {
  trade: 'trade.csv',
  totalTrade: 'total-trade.csv',
  gasExports: 'gas-exports.csv',
  milestones: 'milestones.csv',
  pipelines: 'pipelines.geojson',
} as const;
