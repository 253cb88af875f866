import '../data/i18n/later';
import { useEffect, useState } from 'react';
import { useT } from '../routing/locale';

type State = 'idle' | 'copied' | 'failed';

/** "Copy" for a piece of text: the clipboard API, then a confirmation or a failure message. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<State>('idle');
  const t = useT();
  useEffect(() => {
    if (state !== 'copied') return;
    const id = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(id);
  }, [state]);
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="copy__button" aria-label={label} onClick={() => void copy()}>
        {t('copy.copy')}
      </button>
      {/* Only while there is something to say, so pages keep one permanent status region. */}
      {state === 'copied' && (
        <span role="status" className="copy__status">
          {t('copy.copied')}
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="copy__status copy__status--failed">
          {t('copy.failed')}
        </span>
      )}
    </span>
  );
}
