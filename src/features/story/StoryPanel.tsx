import '../../data/i18n/later';
import {
  Fragment,
  useCallback,
  useEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formatPartialDate } from '../../data/dates';
import type { Chapter, Story } from '../../data/story';
import { findChapter } from '../../data/story';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel } from '../../store/selectors';
import { AppLink, useChoicesSearch, useEventHref, useGo } from '../../routing/navigation';
import { useLocale, useT } from '../../routing/locale';
import { paths, splitLocale } from '../../routing/paths';
import { Translated } from '../../ui/EnglishOnly';
import { SourceRef } from '../../ui/SourceRef';
import { ErrorList } from '../../ui/ErrorList';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ChapterText } from './ChapterText';
import { chapterHref, explorerHref } from './storyLinks';
import { StoryProgress } from './StoryProgress';
import { useChapterState } from './useChapterState';
import { useStory } from './useStory';
import './story.css';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Where the keys go in the keyboard hint's message: ←, → and Esc, in that order. */
const KEY_MARK = '\u0000';
const KEYS = ['←', '→', 'Esc'] as const;

/** The keyboard hint, its three keys drawn as `<kbd>`. */
function KeysHint({ text }: { text: string }) {
  const parts = text.split(KEY_MARK);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < KEYS.length && i < parts.length - 1 && <kbd>{KEYS[i]}</kbd>}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The story: a chapter's text beside (wide) or above (phone) the linked views it puts in that
 * chapter's state. `chapterId` is the address's slug; none means the first chapter.
 * `children` are the views, drawn only when there is a chapter to show.
 */
export function StoryPanel({
  chapterId,
  children,
}: {
  chapterId: string | undefined;
  children?: ReactNode;
}) {
  const result = useStory();
  if (!result.ok) return <StoryErrors errors={result.errors} />;
  const found = findChapter(result.story, chapterId);
  if (!found) return <ChapterNotFound story={result.story} chapterId={chapterId ?? ''} />;
  return (
    <div className="story-layout">
      <div className="story-layout__panel">
        <ChapterView
          story={result.story}
          chapter={found.chapter}
          index={found.index}
          atStoryRoot={chapterId === undefined}
        />
      </div>
      <div className="story-layout__views">{children}</div>
    </div>
  );
}

/** Addresses that keep the user's choices: a chapter's, and the explorer in a chapter's state. */
function useStoryHrefs() {
  const model = useExplorer(selectModel);
  const choices = useChoicesSearch();
  const eventHref = useEventHref();
  const { defaultYear } = model;
  const hrefOf = useCallback(
    (c: Chapter) => chapterHref(c.id, c.year, choices, defaultYear),
    [choices, defaultYear],
  );
  const exploreHref = useCallback(
    (c: Chapter) => (c.eventId ? eventHref(c.eventId) : explorerHref(c.year, choices, defaultYear)),
    [eventHref, choices, defaultYear],
  );
  return { hrefOf, exploreHref };
}

function ChapterView({
  story,
  chapter,
  index,
  atStoryRoot,
}: {
  story: Story;
  chapter: Chapter;
  index: number;
  /** At `/story` (no chapter named): the address becomes the first chapter's. */
  atStoryRoot: boolean;
}) {
  const model = useExplorer(selectModel);
  const t = useT();
  const locale = useLocale();
  const go = useGo();
  const { hrefOf, exploreHref } = useStoryHrefs();
  const regionRef = useRef<HTMLElement>(null);
  const previous = story.chapters[index - 1];
  const next = story.chapters[index + 1];
  const event = chapter.eventId ? model.eventsById.get(chapter.eventId) : undefined;
  const total = story.chapters.length;
  /** The chapter's translation is missing: its English, marked so. */
  const english = locale !== 'en' && chapter.untranslated === true;

  useChapterState(chapter);
  useDocumentTitle(t('head.chapter', { title: chapter.titleText, number: index + 1, total }));

  // A changed chapter takes the focus: a screen reader says the region's name (the title), and
  // the keyboard keeps working from there. The page scrolls only if the chapter's top is out of
  // sight (on a phone, after Next at the end of a long chapter), smoothly unless the reader
  // prefers reduced motion.
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    region.focus({ preventScroll: true });
    const top = region.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.5) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      region.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    }
  }, [chapter.id]);

  // `/story` shows the first chapter; its address becomes the chapter's own.
  const canonical = hrefOf(chapter);
  useEffect(() => {
    if (atStoryRoot) go(canonical, { replace: true });
  }, [go, canonical, atStoryRoot]);

  // Where the last key sent the reader: the browser's address, which a link or key changes at
  // once, while the router renders it (in a transition) and runs this chapter's effects later.
  // Two quick presses of → move two chapters, not one.
  const latestIndex = () => {
    const id = paths.story.match(splitLocale(window.location.pathname).rest);
    const found = id === null ? null : findChapter(story, id);
    return found ? found.index : index;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (isTyping(e.target)) return;
    const from = latestIndex();
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0) {
      const target = story.chapters[from + step];
      if (target) {
        go(hrefOf(target));
      }
    } else if (e.key === 'Escape') go(exploreHref(story.chapters[from] ?? chapter));
    else return;
    e.preventDefault();
  };

  const titleId = 'story-chapter-title';
  return (
    <section
      ref={regionRef}
      className="panel story"
      aria-labelledby={titleId}
      aria-describedby="story-position"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h1 className="story__kicker" lang={story.titleUntranslated ? 'en' : undefined}>
        {story.title}
      </h1>
      <StoryProgress chapters={story.chapters} index={index} hrefOf={hrefOf} />
      <h2 id={titleId} className="story__title" lang={english ? 'en' : undefined}>
        <ChapterText segments={chapter.title} />
      </h2>
      {english && <p className="english-only">({t('englishOnly')})</p>}
      <div className="story__body" lang={english ? 'en' : undefined}>
        {chapter.body.map((p, i) => (
          <p key={i}>
            <ChapterText segments={p} />
          </p>
        ))}
      </div>
      {event && (
        <div className="story__event">
          <p className="story__event-label">{t('story.event')}</p>
          <p className="story__event-title">
            <Translated textKey={`events.${event.id}.title`}>{event.title}</Translated>
          </p>
          <p className="story__event-meta">
            <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
          </p>
        </div>
      )}
      <div className="story__sources">
        <h3>{t('story.sources')}</h3>
        <ul>
          {chapter.sourceIds.map((id) => (
            <li key={id}>
              <SourceRef id={id} />
            </li>
          ))}
        </ul>
      </div>
      <nav className="story__nav" aria-label={t('story.nav')}>
        {previous ? (
          <AppLink className="story__step" to={hrefOf(previous)} rel="prev">
            <span aria-hidden="true">←</span>
            {t('story.previous')}
          </AppLink>
        ) : (
          <span className="story__step story__step--none" aria-hidden="true" />
        )}
        <AppLink className="story__explore" to={exploreHref(chapter)}>
          {t('story.explore')}
        </AppLink>
        {next ? (
          <AppLink className="story__step story__step--next" to={hrefOf(next)} rel="next">
            {t('story.next')}
            <span aria-hidden="true">→</span>
          </AppLink>
        ) : (
          <AppLink className="story__step story__step--next" to={exploreHref(chapter)}>
            {t('story.finish')}
            <span aria-hidden="true">→</span>
          </AppLink>
        )}
      </nav>
      <p className="story__keys">
        <KeysHint text={t('story.keys', { left: KEY_MARK, right: KEY_MARK, esc: KEY_MARK })} />
      </p>
    </section>
  );
}

function ChapterNotFound({ story, chapterId }: { story: Story; chapterId: string }) {
  const { hrefOf } = useStoryHrefs();
  const t = useT();
  const first = story.chapters[0];
  useChapterState(null);
  useDocumentTitle(t('story.notFoundTitle'));
  return (
    <section className="page page--narrow story--missing" aria-labelledby="story-missing-title">
      <h1 id="story-missing-title">{t('story.notFound')}</h1>
      <p>
        {t('story.notFoundText', {
          id: chapterId,
          count: story.chapters.length,
          first: first?.titleText ?? '',
        })}
      </p>
      <p>
        {first && <AppLink to={hrefOf(first)}>{t('story.start')}</AppLink>} {t('story.or')}{' '}
        <AppLink to={paths.explorer.href()}>{t('story.toExplorer')}</AppLink>.
      </p>
    </section>
  );
}

function StoryErrors({ errors }: { errors: string[] }) {
  const t = useT();
  useDocumentTitle(t('story.unavailableTitle'));
  return (
    <section className="page page--narrow story--missing" aria-labelledby="story-error-title">
      <h1 id="story-error-title">{t('story.unavailable')}</h1>
      <p>{t('story.mismatch')}</p>
      <ErrorList errors={errors} />
      <p>
        <AppLink to={paths.explorer.href()}>{t('story.goToExplorer')}</AppLink>
      </p>
    </section>
  );
}
