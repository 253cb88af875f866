import type { MessageId } from '../data/i18n/messages';
import { DATA_FILE } from '../data/publish/files';
import { useT } from '../routing/locale';
import { AppLink } from '../routing/navigation';
import { paths } from '../routing/paths';
import type { NoScriptFigureProps } from './NoScriptFigure';

/** Each figure's title, what it says without script, and its files under /data/. */
const FIGURES = {
  trade: {
    title: 'trade.title',
    text: 'noscript.trade',
    files: [DATA_FILE.trade, DATA_FILE.totalTrade],
  },
  map: {
    title: 'loading.mapTitle',
    text: 'noscript.map',
    files: [DATA_FILE.pipelines, DATA_FILE.milestones],
  },
  energy: {
    title: 'loading.energyTitle',
    text: 'noscript.energy',
    files: [DATA_FILE.gasExports],
  },
} as const satisfies Record<
  NoScriptFigureProps['figure'],
  { title: MessageId; text: MessageId; files: readonly string[] }
>;

/**
 * A figure's alternative without JavaScript (inside `NoScriptFigure`'s `<noscript>`): in the
 * page's language, that the figure needs script, and links to its published data and to every
 * file. Rendered by the build only (src/entry-server.tsx provides it), never in the browser.
 */
export function NoScriptAlternative({ figure, heading = false }: NoScriptFigureProps) {
  const t = useT();
  const { title, text, files } = FIGURES[figure];
  const titleId = `${figure}-noscript-title`;
  const content = (
    <>
      <p>{t(text)}</p>
      <ul className="noscript-figure__files">
        {files.map((file) => (
          <li key={file}>
            <a href={paths.data.href(file)} download>
              {file}
            </a>
          </li>
        ))}
        <li>
          <AppLink to={paths.sources.href('data')}>{t('noscript.allData')}</AppLink>
        </li>
      </ul>
    </>
  );
  return heading ? (
    <section className="panel noscript-figure" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(title)}</h2>
      {content}
    </section>
  ) : (
    <div className="noscript-figure noscript-figure--inner">{content}</div>
  );
}
