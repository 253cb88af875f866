import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { useEnergyData, useModel } from '../../store/selectors';
import { Fact, FactList } from '../../ui/FactList';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './sources.css';

/** The element id a fragment names; a malformed one (`#%E0%A4%A`, `#%`) is taken as written. */
function fragmentId(hash: string): string {
  const text = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
import { DataSection } from './DataSection';
import './data.css';

/** Every source behind every number, with its credit line, licence and confidence. */
export function SourcesPage() {
  useDocumentTitle('Sources');
  const { dataset } = useModel();
  const { hash } = useLocation();
  // The energy data's sources (gas by destination, composition, post-2020 facts) arrive with it.
  const energy = useEnergyData();
  const energyData = energy.status === 'ready' ? energy.data.dataset : null;
  const sources = useMemo(
    () => (energyData ? [...dataset.sources, ...energyData.sources] : dataset.sources),
    [dataset, energyData],
  );
  const cellReads = energyData?.cellReads;

  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(fragmentId(hash));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash, sources]);

  return (
    <div className="page">
      <h1>Sources</h1>
      <p>
        Every figure, route and event in the explorer names one of these sources by its id.
        Confidence: <strong>high</strong> is an official statistical dataset read cell by cell;{' '}
        <strong>medium</strong> a reputable secondary source or a news report quoting official data;{' '}
        <strong>low</strong> a single news report, a rounded figure or an unclear origin.
      </p>
      <DataSection dataset={dataset} />
      <ul className="sources" aria-label="Sources">
        {sources.map((s) => (
          <li key={s.id} id={s.id} tabIndex={-1} className="source">
            <h2 className="source__title">
              <span className="source__id">{s.id}</span> {s.title}
            </h2>
            <FactList className="source__facts">
              <Fact term="Publisher">{s.publisher}</Fact>
              {s.credit && <Fact term="Credit">{s.credit}</Fact>}
              <Fact term="Confidence">{s.confidence}</Fact>
              {s.detail && <Fact term="Where">{s.detail}</Fact>}
              {cellReads?.[s.id] && <Fact term="Gas by destination">{cellReads[s.id]}</Fact>}
              {s.note && <Fact term="Note">{s.note}</Fact>}
              {s.url && (
                <Fact term="Address">
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.url}
                  </a>
                </Fact>
              )}
            </FactList>
          </li>
        ))}
      </ul>
    </div>
  );
}
