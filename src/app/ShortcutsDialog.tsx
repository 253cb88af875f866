import '../data/i18n/later';
import { useEffect, useRef } from 'react';
import type { Command } from '../ui/commands';
import './ShortcutsDialog.css';
import { useT } from '../routing/locale';

/** How a key is written for people: letters in capitals, Escape as Esc. */
const keyName = (key: string) =>
  key === 'Escape' ? 'Esc' : key.length === 1 ? key.toUpperCase() : key;

/**
 * "Keyboard shortcuts": every command with its keys, in a modal dialog. Mounted while it is open
 * (the store says so); focus moves to its Close button, Escape or Close closes it, and focus returns
 * to where it was.
 */
export function ShortcutsDialog({
  commands,
  onClose,
}: {
  commands: readonly Command[];
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const t = useT();

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!box.open) box.showModal();
    closeButton.current?.focus();
    return () => {
      if (box.open) box.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{t('cmd.shortcuts')}</h2>
      <dl className="shortcuts-dialog__list">
        {commands.map((c) => (
          <div key={c.id}>
            <dt>
              {c.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && t('shortcuts.or')}
                  <kbd>{keyName(k)}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(c.title)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts-dialog__note">{t('shortcuts.note')}</p>
      <p className="shortcuts-dialog__actions">
        <button type="button" ref={closeButton} onClick={() => dialog.current?.close()}>
          {t('shortcuts.close')}
        </button>
      </p>
    </dialog>
  );
}
