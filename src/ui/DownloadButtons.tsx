import { useT } from '../routing/locale';
import './DownloadButtons.css';

export type DownloadKind = 'csv' | 'svg' | 'png';

/**
 * A figure's "Download CSV", "Download SVG" and "Download PNG" buttons: one row, the same names
 * everywhere (the trade and energy figures; ui/download.ts does the work).
 */
export function DownloadButtons({ onDownload }: { onDownload: (kind: DownloadKind) => void }) {
  const t = useT();
  return (
    <span className="download-buttons">
      <button type="button" onClick={() => onDownload('csv')}>
        {t('download.csv')}
      </button>
      <button type="button" onClick={() => onDownload('svg')}>
        {t('download.svg')}
      </button>
      <button type="button" onClick={() => onDownload('png')}>
        {t('download.png')}
      </button>
    </span>
  );
}
