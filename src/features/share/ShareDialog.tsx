import '../../data/i18n/later';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MessageId } from '../../data/i18n/messages';
import { useLocale, useT } from '../../routing/locale';
import { EMBED_FIGURES } from '../../routing/paths';
import { canShareNatively, copyText, shareNatively } from './actions';
import {
  absoluteUrl,
  EMBED_HEIGHT,
  EMBED_LABEL,
  embedPath,
  embedSnippet,
  embedTitle,
  type EmbedChoice,
  type EmbedState,
  type Theme,
} from './shareLinks';
import './share.css';

/** What the dialog shares: read by the Share button when it opens. */
export interface ShareTarget {
  /** `https://host` */
  origin: string;
  /** The page's path with its query and hash. */
  path: string;
  /** The page's title, for the native share sheet. */
  title: string;
  state: EmbedState;
  eventTitle?: string | undefined;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A read-only field with its text and a Copy button: "Link copied" (announced) on success; on
 * failure, a message and the text selected, to copy by hand.
 */
function CopyField({
  label,
  text,
  copyLabel,
  copiedText,
  multiline = false,
}: {
  label: string;
  text: string;
  copyLabel: string;
  copiedText: string;
  multiline?: boolean;
}) {
  const id = useId();
  const t = useT();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  // A new text (another figure or theme) has not been copied yet.
  const [copiedFor, setCopiedFor] = useState(text);
  if (copiedFor !== text) {
    setCopiedFor(text);
    setState('idle');
  }
  const copy = async () => {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    if (!ok) {
      field.current?.focus();
      field.current?.select();
    }
  };
  const fieldProps = {
    ref: field,
    id: `${id}-field`,
    readOnly: true,
    value: text,
    onFocus: () => field.current?.select(),
    spellCheck: false,
  };
  return (
    <div className="share-field">
      <label htmlFor={`${id}-field`}>{label}</label>
      <div className="share-field__row">
        {multiline ? <textarea {...fieldProps} rows={4} /> : <input {...fieldProps} type="text" />}
        <button type="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      {/* Always there, so that what it says is announced. */}
      <p role="status" className="share-field__status">
        {state === 'copied' ? copiedText : ''}
      </p>
      {state === 'failed' && (
        <p role="alert" className="share-field__status share-field__status--failed">
          {t('share.copyFailed')}
        </p>
      )}
    </div>
  );
}

/** The native share sheet (only where the browser has one) and what came of it. */
function NativeShare({ title, url }: { title: string; url: string }) {
  const [failed, setFailed] = useState(false);
  const t = useT();
  if (!canShareNatively()) return null;
  const share = async () => {
    setFailed((await shareNatively({ title, url })) === 'failed');
  };
  return (
    <div className="share-native">
      <button type="button" onClick={() => void share()}>
        {t('share.native')}
      </button>
      {failed && (
        <p role="alert" className="share-field__status share-field__status--failed">
          {t('share.nativeFailed')}
        </p>
      )}
    </div>
  );
}

/** A fieldset of radio buttons, one per option, labelled from `labels`; `state` is its value. */
function RadioChoices<T extends string>({
  legend,
  options,
  labels,
  state: [value, onChange],
}: {
  legend: string;
  options: readonly T[];
  /** Each option's words, as catalog ids. */
  labels: Readonly<Record<T, MessageId>>;
  state: readonly [T, (value: T) => void];
}) {
  const name = useId();
  const t = useT();
  return (
    <fieldset className="share-dialog__choices">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input
            type="radio"
            name={name}
            value={o}
            checked={value === o}
            onChange={() => onChange(o)}
          />
          {t(labels[o])}
        </label>
      ))}
    </fieldset>
  );
}

const THEMES: readonly Theme[] = ['light', 'dark'];
const THEME_LABEL: Readonly<Record<Theme, MessageId>> = {
  light: 'share.light',
  dark: 'share.dark',
};

/**
 * The share dialog: the page's address (copy it, or share it natively), and an `<iframe>` snippet
 * for one figure's embed address with the year, choices and theme. A modal `<dialog>`: focus moves
 * into it, Escape or Close closes it, and focus returns to the Share button.
 */
export default function ShareDialog({
  target,
  onClose,
}: {
  target: ShareTarget;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const t = useT();
  const locale = useLocale();
  const hasEvent = target.state.eventId !== undefined;
  const choices: readonly EmbedChoice[] = hasEvent ? ['event', ...EMBED_FIGURES] : EMBED_FIGURES;
  const [choice, setChoice] = useState<EmbedChoice>(choices[0]!);
  const [theme, setTheme] = useState<Theme>(target.state.theme);

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!box.open) box.showModal();
    box.querySelector<HTMLElement>('input')?.focus();
    return () => {
      if (box.open) box.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const pageUrl = absoluteUrl(target.origin, target.path);
  const embed = useMemo(() => {
    const state = { ...target.state, theme };
    const src = absoluteUrl(target.origin, embedPath(choice, state, locale));
    const title = embedTitle(t, choice, state, target.eventTitle);
    return { src, snippet: embedSnippet({ src, title, height: EMBED_HEIGHT[choice] }) };
  }, [target, choice, theme, locale, t]);

  return (
    <dialog
      ref={dialog}
      className="dialog share-dialog"
      aria-labelledby={`${uid}-title`}
      onClose={onClose}
    >
      <h2 id={`${uid}-title`}>{t('share.title')}</h2>
      <section aria-labelledby={`${uid}-link`} className="share-dialog__section">
        <h3 id={`${uid}-link`}>{t('share.link')}</h3>
        <CopyField
          label={t('share.address')}
          text={pageUrl}
          copyLabel={t('share.copyLink')}
          copiedText={t('share.linkCopied')}
        />
        <NativeShare title={target.title} url={pageUrl} />
      </section>
      <section aria-labelledby={`${uid}-embed`} className="share-dialog__section">
        <h3 id={`${uid}-embed`}>{t('share.embed')}</h3>
        <p className="share-dialog__note">
          {t(choice === 'trade' ? 'share.embedNoteTrade' : 'share.embedNote', {
            year: target.state.year,
          })}
        </p>
        <RadioChoices
          legend={t('share.figure')}
          options={choices}
          labels={EMBED_LABEL}
          state={[choice, setChoice]}
        />
        <RadioChoices
          legend={t('share.theme')}
          options={THEMES}
          labels={THEME_LABEL}
          state={[theme, setTheme]}
        />
        <CopyField
          label={t('share.embedCode')}
          text={embed.snippet}
          copyLabel={t('share.copyEmbed')}
          copiedText={t('share.embedCopied')}
          multiline
        />
        <p className="share-dialog__preview">
          <a href={embed.src} target="_blank" rel="noopener">
            {t('share.preview')}
            <span className="visually-hidden">{t('share.newTab')}</span>
          </a>
        </p>
      </section>
      <p className="share-dialog__actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('share.close')}
        </button>
      </p>
    </dialog>
  );
}
