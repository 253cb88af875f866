import { memo } from 'react';
import { formatBcm, formatPercent } from '../../data/format';
import { SourceRef } from '../../ui/SourceRef';
import { useLocale, useT } from '../../routing/locale';
import { SourceRefOrDash, TableScroll, YearTable } from '../../ui/tables';
import { rawNumber, type DestinationName, type EnergyModel } from './energyModel';

/** The charts' numbers as tables: exports by destination, and capacity against gas sent. */
export const EnergyTables = memo(function EnergyTables({
  id,
  model,
  name,
}: {
  id: string;
  model: EnergyModel;
  name: DestinationName;
}) {
  const t = useT();
  const locale = useLocale();
  const { years, destinations, use } = model;
  return (
    <div id={id} className="energy-tables">
      <TableScroll captionId={`${id}-caption`}>
        <table className="energy-table">
          <caption id={`${id}-caption`}>{t('energy.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.year')}</th>
              {destinations.map((d) => (
                <th scope="col" key={d}>
                  {name(d)}
                </th>
              ))}
              <th scope="col">{t('energy.table.total')}</th>
              <th scope="col">{t('table.source')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((g) => {
              const byDest = new Map(g.destinations.map((d) => [d.destination, d]));
              return (
                <tr key={g.year} data-incomplete={g.incomplete || undefined}>
                  <th scope="row">
                    {g.year}
                    {g.incomplete && (
                      <span className="energy-table__flag"> {t('energy.table.incomplete')}</span>
                    )}
                  </th>
                  {destinations.map((d) => {
                    const cell = byDest.get(d);
                    return (
                      <td key={d}>
                        {cell ? (
                          <>
                            {formatBcm(cell.bcm, locale)}
                            {cell.share !== null && ` (${formatPercent(cell.share, 0, locale)})`}
                          </>
                        ) : g.incomplete && d === 'Russia' ? (
                          t('energy.table.notCovered')
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                  <td>{formatBcm(g.totalBcm, locale)}</td>
                  <td>
                    <SourceRef id={g.sourceId} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <YearTable
        captionId={`${id}-use-caption`}
        caption={t('energy.table.useCaption')}
        className="energy-table"
        rows={use}
        columns={[
          { header: t('energy.table.capacity'), cell: (u) => rawNumber(u.capacityBcm, locale) },
          { header: t('energy.table.sent'), cell: (u) => formatBcm(u.chinaBcm, locale) },
          {
            header: t('energy.table.shareOfCapacity'),
            cell: (u) => formatPercent(u.usedPercent, 0, locale),
          },
          { header: t('table.source'), cell: (u) => <SourceRefOrDash id={u.chinaSourceId} /> },
        ]}
      />
    </div>
  );
});
