import '../data/i18n/later';
import { useId } from 'react';
import type { Citation } from '../data/publish/citation';
import { CopyButton } from './CopyButton';
import './cite.css';
import { useT } from '../routing/locale';

/** A citation as text and as BibTeX, each with a "Copy" button. */
export function CiteBlock({
  citation,
  heading,
  what,
}: {
  citation: Citation;
  heading: string;
  /** What is cited, for the buttons' names ("the explorer", "this event"). */
  what: string;
}) {
  const id = useId();
  const t = useT();
  return (
    <section className="cite" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <div className="cite__item">
        {/* A bibliographic entry, in the language of the work it cites. */}
        <p className="cite__text" lang="en">
          {citation.text}
        </p>
        <CopyButton text={citation.text} label={t('cite.copyCitation', { what })} />
      </div>
      <div className="cite__item">
        <pre className="cite__bibtex" tabIndex={0} aria-label={t('cite.bibtex', { what })}>
          {citation.bibtex}
        </pre>
        <CopyButton text={citation.bibtex} label={t('cite.copyBibtex', { what })} />
      </div>
    </section>
  );
}
