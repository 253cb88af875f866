import '../data/i18n/later';
import type { Claim } from '../data/schema';
import { useT } from '../routing/locale';
import { useExplorer } from '../store/StoreProvider';
import { quoteTranslation } from './claimLabels';

/**
 * The article's quoted words: in English, as the article says them (`lang="en"`), and in a
 * translation the project's own translation beside them.
 */
export function ClaimQuote({ claim, className }: { claim: Claim; className?: string }) {
  const t = useT();
  const translation = useExplorer((s) => quoteTranslation(s.model, claim));
  return (
    <>
      <q className={className} lang="en">
        {claim.quote}
      </q>
      {translation && (
        <>
          {' '}
          <span className="claim-quote__translation">
            {t('claimsPage.quoteTranslation', { translation })}
          </span>
        </>
      )}
    </>
  );
}
