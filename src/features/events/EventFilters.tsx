import { memo, useState, type ChangeEvent } from 'react';
import { MAX_QUERY_LENGTH } from '../../routing/urlState';
import { truncateText } from '../../data/text';
import type { EventOrder } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import { selectCategories, selectQuery } from '../../store/selectors';
import { categoryLabel } from './eventLogic';
import { selectCategoryCounts } from './selectors';
import { useT } from '../../routing/locale';
import { Checkbox } from '../../ui/Checkbox';

/**
 * Category checkboxes (with counts for the current search), the search box and the list options.
 * Memoized and independent of the year: a year step does not re-render it.
 */
export const EventFilters = memo(function EventFilters() {
  const t = useT();
  const categories = useExplorer((s) => s.model.eventCategories);
  const selected = useExplorer(selectCategories);
  const query = useExplorer(selectQuery);
  const order = useExplorer((s) => s.eventOrder);
  const onlyThisYear = useExplorer((s) => s.onlyThisYear);
  const toggleCategory = useExplorer((s) => s.toggleCategory);
  const setEventOrder = useExplorer((s) => s.setEventOrder);
  const setOnlyThisYear = useExplorer((s) => s.setOnlyThisYear);

  const counts = useExplorer((s) => selectCategoryCounts(s, query));

  return (
    <div className="event-filters">
      <SearchBox query={query} />
      <fieldset className="event-categories">
        <legend>{t('events.categories')}</legend>
        {categories.map((c) => (
          <Checkbox
            key={c}
            className="event-chip"
            label={
              <span>
                {categoryLabel(c, t)} <span className="event-chip__count">({counts[c] ?? 0})</span>
              </span>
            }
            checked={selected.includes(c)}
            onChange={() => toggleCategory(c)}
          />
        ))}
      </fieldset>
      <div className="event-options">
        <Checkbox
          className="event-options__only"
          label={t('events.onlyThisYear')}
          checked={onlyThisYear}
          onChange={setOnlyThisYear}
        />
        <label className="event-options__order">
          {t('events.order')}{' '}
          <select
            value={order}
            onChange={(e) => setEventOrder(e.target.value === 'newest' ? 'newest' : 'oldest')}
          >
            <option value={'oldest' satisfies EventOrder}>{t('events.oldest')}</option>
            <option value={'newest' satisfies EventOrder}>{t('events.newest')}</option>
          </select>
        </label>
      </div>
    </div>
  );
});

/**
 * The search box keeps what the user types (spaces included) and puts the trimmed text in the
 * store; text coming from elsewhere (the address, "Clear filters") replaces it.
 */
function SearchBox({ query }: { query: string }) {
  const t = useT();
  const setQuery = useExplorer((s) => s.setQuery);
  const [text, setText] = useState(query);
  const [seen, setSeen] = useState(query);
  if (query !== seen) {
    setSeen(query);
    if (query !== text.trim()) setText(query);
  }
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const value = truncateText(e.target.value, MAX_QUERY_LENGTH);
    setText(value);
    setQuery(value.trim());
  };
  return (
    <label className="event-search">
      <span className="event-search__label">{t('events.search')}</span>
      <input
        type="search"
        value={text}
        onChange={onChange}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('events.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
      />
    </label>
  );
}
