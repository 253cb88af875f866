import '../data/i18n/later';
import { Fragment, type ReactNode } from 'react';
import type { Translate } from '../data/i18n/messages';
import type { Locale } from '../data/locale';
import {
  partValues,
  sentenceGap,
  verdictNoteText,
  type NoteArg,
  type NotePart,
  type VerdictNote,
} from '../data/verdictNotes';
import { useLocale, useT } from '../routing/locale';
import { messageNodes } from './messageNodes';

/** A value drawn as an element: English words (`lang="en"`) or a message inside the message. */
const isNode = (arg: NoteArg) => typeof arg === 'object' && ('en' in arg || 'id' in arg);

function partNodes(part: NotePart, t: Translate, locale: Locale): ReactNode {
  const nodes: Record<string, ReactNode> = {};
  for (const [key, arg] of Object.entries(part.values ?? {})) {
    if (typeof arg !== 'object') continue;
    if ('en' in arg) nodes[key] = <span lang="en">{arg.en}</span>;
    else if ('id' in arg) nodes[key] = partNodes(arg, t, locale);
  }
  const values = partValues(part, t, locale, isNode);
  return Object.keys(nodes).length ? messageNodes(t, part.id, nodes, values) : t(part.id, values);
}

/**
 * A verdict's computed note in the page's language (src/data/verdictNotes.ts): its numbers in the
 * locale's formats, a source's own words (an HS chapter's label) and the article's hedge word
 * kept in English, marked so. In English, the same text as the published note.
 */
export function VerdictNoteText({ note }: { note: VerdictNote }) {
  const t = useT();
  const locale = useLocale();
  if (locale === 'en') return <>{verdictNoteText(note, t, locale)}</>;
  return (
    <>
      {note.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && sentenceGap(locale)}
          {partNodes(part, t, locale)}
        </Fragment>
      ))}
    </>
  );
}
