import { useId, useState, type FormEvent } from 'react';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel } from '../../store/selectors';
import { useT } from '../../routing/locale';

/** A typed year: validated, clamped to the data's range with a word of explanation. */
export function GoToYear() {
  const { minYear, maxYear } = useExplorer(selectModel);
  const setYear = useExplorer((s) => s.setYear);
  const pause = useExplorer((s) => s.pause);
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const messageId = useId();
  const t = useT();
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!/^\d{1,6}$/.test(trimmed)) {
      setMessage(t('timeline.typeYear', { min: minYear, max: maxYear }));
      setInvalid(true);
      return;
    }
    const wanted = Number(trimmed);
    setInvalid(false);
    pause();
    setYear(wanted);
    if (wanted < minYear || wanted > maxYear) {
      const shown = wanted < minYear ? minYear : maxYear;
      setMessage(t('timeline.clamped', { min: minYear, max: maxYear, shown }));
    } else {
      setMessage('');
      setText('');
    }
  };

  return (
    <form className="go-to-year" onSubmit={submit}>
      <label>
        {t('timeline.goTo')}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={5}
          maxLength={6}
          value={text}
          placeholder={String(maxYear)}
          aria-describedby={message ? messageId : undefined}
          aria-invalid={(message !== '' && invalid) || undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('timeline.go')}</button>
      {message && (
        <p id={messageId} className="go-to-year__message" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
