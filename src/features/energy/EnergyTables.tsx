import { memo } from 'react';
import { formatBcm, formatPercent } from '../../data/format';
import { SourceRef } from '../../ui/SourceRef';
import { TableScroll } from '../../ui/TableScroll';
import type { EnergyModel } from './energyModel';

/** The charts' numbers as tables: exports by destination, and capacity against gas sent. */
export const EnergyTables = memo(function EnergyTables({
  id,
  model,
}: {
  id: string;
  model: EnergyModel;
}) {
  const { years, destinations, use } = model;
  return (
    <div id={id} className="energy-tables">
      <TableScroll captionId={`${id}-caption`}>
        <table className="energy-table">
          <caption id={`${id}-caption`}>
            Turkmenistan’s gas exports by destination (bcm; share of the year’s total in brackets)
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {destinations.map((d) => (
                <th scope="col" key={d}>
                  {d}
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {years.map((g) => {
              const byDest = new Map(g.destinations.map((d) => [d.destination, d]));
              return (
                <tr key={g.year} data-incomplete={g.incomplete || undefined}>
                  <th scope="row">
                    {g.year}
                    {g.incomplete && <span className="energy-table__flag"> incomplete</span>}
                  </th>
                  {destinations.map((d) => {
                    const cell = byDest.get(d);
                    return (
                      <td key={d}>
                        {cell ? (
                          <>
                            {formatBcm(cell.bcm)}
                            {cell.share !== null && ` (${formatPercent(cell.share)})`}
                          </>
                        ) : g.incomplete && d === 'Russia' ? (
                          'not covered'
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                  <td>{formatBcm(g.totalBcm)}</td>
                  <td>
                    <SourceRef id={g.sourceId} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll captionId={`${id}-use-caption`}>
        <table className="energy-table">
          <caption id={`${id}-use-caption`}>
            Lines A–D capacity in service and gas sent to China
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Capacity (bcm a year)</th>
              <th scope="col">Sent to China</th>
              <th scope="col">Share of capacity</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {use.map((u) => (
              <tr key={u.year}>
                <th scope="row">{u.year}</th>
                <td>{u.capacityBcm}</td>
                <td>{formatBcm(u.chinaBcm)}</td>
                <td>{formatPercent(u.usedPercent)}</td>
                <td>{u.chinaSourceId ? <SourceRef id={u.chinaSourceId} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
});
