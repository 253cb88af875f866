import { paths } from '../../routing/paths';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { formatClaimValue } from '../../data/claims';
import { compositionSummary, type CheckedArticleClaim } from '../../data/claimsEnergy';
import type { EnergyData } from '../../data/energyDataset';
import { formatPercent, formatUsd } from '../../data/format';
import { useEnergyData, useModel } from '../../store/selectors';
import { AppLink } from '../../routing/navigation';
import { SourceRef } from '../../ui/SourceRef';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { selectArticleClaims } from './selectors';
import './claims.css';

const VERDICT_GLYPH = { matches: '✓', differs: '✗', 'cannot be checked': '?' } as const;

/** Where a claim is shown: the view and year, as an address and words. */
function claimLink({ claim, view }: CheckedArticleClaim): { to: string; text: string } | null {
  switch (view) {
    case 'trade':
      return { to: `/?year=${claim.year}`, text: `Trade figure, ${claim.year}` };
    case 'energy':
      return { to: `/?year=${claim.year}#energy`, text: `Gas exports, ${claim.year}` };
    case 'what-china-buys':
      return { to: paths.claims.href('what-china-buys'), text: `What China buys, ${claim.year}` };
    case 'none':
      return null;
  }
}

/**
 * Every numeric or checkable claim of the source article, with the data's value and a verdict
 * computed by code (src/data/claims.ts, claimsEnergy.ts); then what China buys, the one year found.
 */
export function ClaimsPage() {
  useDocumentTitle('The article’s claims');
  const energy = useEnergyData();
  const { hash } = useLocation();
  const ready = energy.status === 'ready';

  useEffect(() => {
    if (!hash || !ready) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash, ready]);

  return (
    <div className="page claims-page">
      <h1>The article’s claims, checked</h1>
      <p>
        Every number or checkable statement in “China–Turkmenistan relations” (Wikipedia), with the
        data’s value and a verdict computed from the datasets: <strong>matches</strong> (within 2%
        or the claim’s own precision; for “nearly”, “about”, “more than” and “mainly”, within the
        range the hedge allows, stated in the note), <strong>differs</strong>, or{' '}
        <strong>cannot be checked</strong> where no dataset covers it.
      </p>
      {energy.status === 'ready' ? (
        <ClaimsList energy={energy.data} />
      ) : energy.status === 'error' ? (
        <div role="alert">
          <p>The claims could not be checked: the energy data did not load.</p>
          <ul>
            {energy.errors.slice(0, 5).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p aria-busy="true">Checking the claims…</p>
      )}
    </div>
  );
}

function ClaimsList({ energy }: { energy: EnergyData }) {
  const { dataset } = useModel();
  const claims = selectArticleClaims(dataset, energy);
  const composition = useMemo(() => compositionSummary(energy.dataset.composition, 2014), [energy]);
  const ref = (id: string) => <SourceRef key={id} id={id} />;
  return (
    <>
      <ol className="claims-list" aria-label="Claims">
        {claims.map((c) => {
          const { claim, result, context } = c;
          const link = claimLink(c);
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
                <q className="claim__quote">{claim.quote}</q> {ref(claim.sourceId)}
              </p>
              <p className="claim__verdict">
                <span aria-hidden="true">{VERDICT_GLYPH[result.verdict]} </span>
                <strong>{result.verdict}</strong>
                {result.dataValue !== null && (
                  <>
                    {' '}
                    — data:{' '}
                    {claim.unit === 'percent'
                      ? formatPercent(result.dataValue, 1)
                      : formatClaimValue(result.dataValue, claim.unit)}{' '}
                    {result.sourceIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        {ref(id)}
                      </span>
                    ))}
                  </>
                )}
              </p>
              <p className="claim__note">{result.note}</p>
              {claim.note && <p className="claim__research">Research note: {claim.note}</p>}
              {context.length > 0 && (
                <div className="claim__context">
                  <p>
                    Context, not a verdict (low confidence, shares of exports and of imports
                    separately, not of total trade):
                  </p>
                  <ul>
                    {context.map((f) => (
                      <li key={f.id}>
                        {f.text} {ref(f.sourceId)}
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
          <h2 id="what-china-buys-title">What China buys from Turkmenistan, {composition.year}</h2>
          <p>
            China’s imports from Turkmenistan by HS chapter in {composition.year}, the only year
            found: {formatUsd(composition.totalUsd)} in all ({ref(composition.totalSourceId)}). The
            source lists the top five chapters; the rest is not broken down.
          </p>
          <ul
            className="composition"
            aria-label={`China’s imports by chapter, ${composition.year}`}
          >
            {composition.chapters.map((r) => (
              <li key={r.hsCode}>
                <span className="composition__bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(0.5, r.share)}%` }} />
                </span>
                <span className="composition__text">
                  <strong>{formatPercent(r.share, r.share < 1 ? 2 : 1)}</strong> HS {r.hsCode}{' '}
                  {r.label} — {formatUsd(r.usd)} {ref(r.sourceId)}
                </span>
              </li>
            ))}
            <li>
              <span className="composition__bar" aria-hidden="true">
                <span style={{ width: '0.5%' }} />
              </span>
              <span className="composition__text">
                <strong>{formatPercent(composition.unlistedShare, 2)}</strong> not broken down by
                the source — {formatUsd(composition.unlistedUsd)}
              </span>
            </li>
          </ul>
          <p>
            Agricultural and textile chapters (HS 01–24, 41–43, 50–63) listed:{' '}
            {formatPercent(composition.agriTextileShare, 2)}; at most{' '}
            {formatPercent(composition.agriTextileUpperShare, 2)} even if all of the unlisted rest
            were. Credit: UN Comtrade, as compiled by The Guardian (2015).
          </p>
        </section>
      )}
    </>
  );
}
