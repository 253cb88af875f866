import './DownloadButtons.css';

export type DownloadKind = 'csv' | 'svg' | 'png';

/**
 * A figure's "Download CSV", "Download SVG" and "Download PNG" buttons: one row, the same names
 * everywhere (the trade and energy figures; ui/download.ts does the work).
 */
export function DownloadButtons({ onDownload }: { onDownload: (kind: DownloadKind) => void }) {
  return (
    <span className="download-buttons">
      <button type="button" onClick={() => onDownload('csv')}>
        Download CSV
      </button>
      <button type="button" onClick={() => onDownload('svg')}>
        Download SVG
      </button>
      <button type="button" onClick={() => onDownload('png')}>
        Download PNG
      </button>
    </span>
  );
}
