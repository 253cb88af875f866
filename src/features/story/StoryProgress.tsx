import '../../data/i18n/later';
import type { Chapter } from '../../data/story';
import { useT } from '../../routing/locale';
import { AppLink } from '../../routing/navigation';

/** "Chapter 3 of 10", a bar, and every chapter as a link (the current one marked). */
export function StoryProgress({
  chapters,
  index,
  hrefOf,
}: {
  chapters: readonly Chapter[];
  index: number;
  hrefOf: (chapter: Chapter) => string;
}) {
  const t = useT();
  const position = t('story.position', { number: index + 1, total: chapters.length });
  return (
    <div className="story-progress">
      <p className="story-progress__text" id="story-position">
        {position}
      </p>
      <div
        className="story-progress__bar"
        role="progressbar"
        aria-label={t('story.progress')}
        aria-valuemin={1}
        aria-valuemax={chapters.length}
        aria-valuenow={index + 1}
        aria-valuetext={position}
      >
        <div
          className="story-progress__fill"
          style={{ width: `${((index + 1) / chapters.length) * 100}%` }}
        />
      </div>
      <details className="story-chapters">
        <summary>{t('story.allChapters')}</summary>
        <nav aria-label={t('story.chapters')}>
          <ol>
            {chapters.map((c, i) => (
              <li key={c.id}>
                <AppLink
                  to={hrefOf(c)}
                  aria-current={i === index ? 'step' : undefined}
                  lang={c.untranslated ? 'en' : undefined}
                >
                  {c.titleText}
                </AppLink>
              </li>
            ))}
          </ol>
        </nav>
      </details>
    </div>
  );
}
