import '../../data/i18n/later';
import { paths } from '../../routing/paths';
import { useFragmentTarget } from '../../routing/fragment';
import { formatClaimValue } from '../../data/claims';
import type { CheckedArticleClaim } from '../../data/claimsEnergy';
import type { EnergyData } from '../../data/energyDataset';
import { formatPercent, formatUsd } from '../../data/format';
import type { Translate } from '../../data/i18n/messages';
import { useEnergyData, useModel } from '../../store/selectors';
import { AppLink } from '../../routing/navigation';
import { useLocale, useT } from '../../routing/locale';
import { VERDICT_GLYPH, verdictLabel } from '../../ui/claimLabels';
import { ClaimQuote } from '../../ui/ClaimQuote';
import { EnglishText, Translated } from '../../ui/EnglishOnly';
import { messageNodes } from '../../ui/messageNodes';
import { SourceRef } from '../../ui/SourceRef';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { VerdictNoteText } from '../../ui/VerdictNoteText';
import { selectArticleClaims, selectComposition } from './selectors';
import './claims.css';
import { LoadErrors } from '../../ui/LoadErrors';

/** Where a claim is shown: the view and year, as an address and words. */
function claimLink(
  { claim, view }: CheckedArticleClaim,
  t: Translate,
): { to: string; text: string } | null {
  const year = claim.year;
  switch (view) {
    case 'trade':
      return { to: `/?year=${year}`, text: t('claimsPage.link.trade', { year }) };
    case 'energy':
      return { to: `/?year=${year}#energy`, text: t('claimsPage.link.energy', { year }) };
    case 'what-china-buys':
      return {
        to: paths.claims.href('what-china-buys'),
        text: t('claimsPage.link.buys', { year }),
      };
    case 'none':
      return null;
  }
}

/**
 * Every numeric or checkable claim of the source article, with the data's value and a verdict
 * computed by code (src/data/claims.ts, claimsEnergy.ts); then what China buys, the one year found.
 */
export function ClaimsPage() {
  const t = useT();
  useDocumentTitle(t('head.claims'));
  const energy = useEnergyData();
  useFragmentTarget(energy.status === 'ready');

  return (
    <div className="page claims-page">
      <h1>{t('claimsPage.heading')}</h1>
      <p>
        {messageNodes(t, 'claimsPage.intro', {
          matches: <strong>{verdictLabel(t, 'matches')}</strong>,
          differs: <strong>{verdictLabel(t, 'differs')}</strong>,
          unchecked: <strong>{verdictLabel(t, 'cannot be checked')}</strong>,
        })}
      </p>
      {energy.status === 'ready' ? (
        <ClaimsList energy={energy.data} />
      ) : energy.status === 'error' ? (
        <LoadErrors message={t('claimsPage.loadError')} errors={energy.errors} />
      ) : (
        <p aria-busy="true">{t('claimsPage.checking')}</p>
      )}
    </div>
  );
}

function ClaimsList({ energy }: { energy: EnergyData }) {
  const t = useT();
  const locale = useLocale();
  const model = useModel();
  const { dataset } = model;
  const english = locale !== 'en';
  const factText = (f: { id: string; text: string }) => {
    const translated = model.localization?.content.tradeFacts?.[f.id]?.text;
    return translated ?? <EnglishText text={f.text} english={english} />;
  };
  const claims = selectArticleClaims(dataset, energy);
  const composition = selectComposition(energy);
  const ref = (id: string) => <SourceRef key={id} id={id} />;
  return (
    <>
      <ol className="claims-list" aria-label={t('claimsPage.list')}>
        {claims.map((c) => {
          const { claim, result, context } = c;
          const link = claimLink(c, t);
          return (
            <li
              key={claim.id}
              id={claim.id}
              tabIndex={-1}
              className="claim"
              data-verdict={result.verdict}
            >
              <p className="claim__head">
                <span className="claim__year">{claim.year}</span>{' '}
                <ClaimQuote claim={claim} className="claim__quote" /> {ref(claim.sourceId)}
              </p>
              <p className="claim__verdict">
                <span aria-hidden="true">{VERDICT_GLYPH[result.verdict]} </span>
                <strong>{verdictLabel(t, result.verdict)}</strong>
                {result.dataValue !== null && (
                  <>
                    {' '}
                    {t('claimsPage.data')}{' '}
                    {claim.unit === 'percent'
                      ? formatPercent(result.dataValue, 1, locale)
                      : formatClaimValue(result.dataValue, claim.unit, locale)}{' '}
                    {result.sourceIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        {ref(id)}
                      </span>
                    ))}
                  </>
                )}
              </p>
              <p className="claim__note">
                <VerdictNoteText note={result.noteParts} />
              </p>
              {claim.note && (
                <p className="claim__research">
                  {messageNodes(t, 'claimsPage.research', {
                    note: <Translated textKey={`claims.${claim.id}.note`}>{claim.note}</Translated>,
                  })}
                </p>
              )}
              {context.length > 0 && (
                <div className="claim__context">
                  <p>{t('claimsPage.context')}</p>
                  <ul>
                    {context.map((f) => (
                      <li key={f.id}>
                        {factText(f)} {ref(f.sourceId)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {link && (
                <p className="claim__link">
                  <AppLink to={link.to}>{link.text}</AppLink>
                </p>
              )}
            </li>
          );
        })}
      </ol>

      {composition && (
        <section
          id="what-china-buys"
          tabIndex={-1}
          className="what-china-buys"
          aria-labelledby="what-china-buys-title"
        >
          <h2 id="what-china-buys-title">
            {t('claimsPage.buys.title', { year: composition.year })}
          </h2>
          <p>
            {messageNodes(
              t,
              'claimsPage.buys.intro',
              { source: ref(composition.totalSourceId) },
              { year: composition.year, total: formatUsd(composition.totalUsd, locale) },
            )}
          </p>
          <ul
            className="composition"
            aria-label={t('claimsPage.buys.list', { year: composition.year })}
          >
            {composition.chapters.map((r) => (
              <li key={r.hsCode}>
                <span className="composition__bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(0.5, r.share)}%` }} />
                </span>
                <span className="composition__text">
                  <strong>{formatPercent(r.share, r.share < 1 ? 2 : 1, locale)}</strong>{' '}
                  {t('claimsPage.buys.chapter', { code: r.hsCode })}{' '}
                  <EnglishText text={r.label} english={english} /> — {formatUsd(r.usd, locale)}{' '}
                  {ref(r.sourceId)}
                </span>
              </li>
            ))}
            <li>
              <span className="composition__bar" aria-hidden="true">
                <span style={{ width: '0.5%' }} />
              </span>
              <span className="composition__text">
                {messageNodes(t, 'claimsPage.buys.unlisted', {
                  share: <strong>{formatPercent(composition.unlistedShare, 2, locale)}</strong>,
                  usd: formatUsd(composition.unlistedUsd, locale),
                })}
              </span>
            </li>
          </ul>
          <p>
            {messageNodes(
              t,
              'claimsPage.buys.agri',
              {
                comtrade: <span lang="en">UN Comtrade</span>,
                guardian: <span lang="en">The Guardian</span>,
              },
              {
                listed: formatPercent(composition.agriTextileShare, 2, locale),
                most: formatPercent(composition.agriTextileUpperShare, 2, locale),
              },
            )}
          </p>
        </section>
      )}
    </>
  );
}
