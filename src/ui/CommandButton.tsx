import './CommandButton.css';
import { useExplorer } from '../store/StoreProvider';
import { useCommandContext, type Command } from './commands';
import { useT } from '../routing/locale';

/** A button that performs a command: its name, state and key come from the command. */
export function CommandButton({ command, className }: { command: Command; className?: string }) {
  const context = useCommandContext();
  const t = useT();
  const label = t(useExplorer((s) => command.label?.(s) ?? command.title));
  const disabled = useExplorer((s) => command.disabled?.(s) ?? false);
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      aria-keyshortcuts={command.keys.join(' ')}
      aria-label={command.shortLabel ? label : undefined}
      onClick={() => command.perform(context())}
    >
      {command.shortLabel ? (
        <>
          <span className="command-button__label-full">{label}</span>
          <span className="command-button__label-short" aria-hidden="true">
            {command.shortLabel}
          </span>
        </>
      ) : (
        label
      )}
    </button>
  );
}
