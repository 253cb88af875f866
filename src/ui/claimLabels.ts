import '../data/i18n/later';
import type { Verdict } from '../data/claims';
import type { MessageId, Translate } from '../data/i18n/messages';
import type { Claim } from '../data/schema';
import type { Model } from '../data/model';

const VERDICT_MESSAGE: Readonly<Record<Verdict, MessageId>> = {
  matches: 'verdict.matches',
  differs: 'verdict.differs',
  'cannot be checked': 'verdict.unchecked',
};

/** A short glyph per verdict, so verdicts never depend on colour alone. */
export const VERDICT_GLYPH: Readonly<Record<Verdict, string>> = {
  matches: '✓',
  differs: '✗',
  'cannot be checked': '?',
};

/** A verdict's one word in the current language ("matches", "совпадает", "相符"). */
export function verdictLabel(t: Translate, verdict: Verdict): string {
  return t(VERDICT_MESSAGE[verdict]);
}

/** What a claim measures ("China’s exports"), in the current language. */
export function measureLabel(t: Translate, measure: Claim['measure']): string {
  return t(`claims.measure.${measure}` as MessageId);
}

/** The project's translation of a claim's quoted words, in a translated model (else `null`):
 * the quote itself stays in English, with this beside it. */
export function quoteTranslation(model: Model, claim: Pick<Claim, 'id'>): string | null {
  return model.localization?.content.claims?.[claim.id]?.quoteTranslation ?? null;
}
