import { loadCatalog } from '../data/i18n/messages';
import type { Locale } from '../data/locale';
import type { Model } from '../data/model';

/** A promise that says when it has settled, so a settled one is read without suspending. */
export type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T };

function tracked<T>(promise: Promise<T>): Tracked<T> {
  const t = promise as Tracked<T> & { reason?: unknown };
  t.then(
    (value) => {
      t.status = 'fulfilled';
      t.value = value;
    },
    (reason: unknown) => {
      t.status = 'rejected';
      t.reason = reason;
    },
  );
  return t;
}

/** Already settled: `use` reads it without suspending (English needs no loading). */
function fulfilled<T>(value: T): Tracked<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

const prepared = new WeakMap<Model, Map<Locale, Tracked<Model>>>();

/**
 * A locale's model and interface catalog, loaded once per locale (Russian and Chinese each
 * their own chunks; English is the model itself). The promise is what `LocaleRoot` waits for.
 */
export function prepareLocale(model: Model, locale: Locale): Tracked<Model> {
  const english = model.localization?.english ?? model;
  let byLocale = prepared.get(english);
  if (!byLocale) {
    byLocale = new Map();
    prepared.set(english, byLocale);
  }
  let pending = byLocale.get(locale);
  if (!pending) {
    pending =
      locale === 'en'
        ? fulfilled(english)
        : tracked(
            Promise.all([
              // The translated texts, their validation and the overlay: a chunk of their own.
              import('../data/i18n/localizedModel').then((m) =>
                m.loadLocalizedModel(english, locale),
              ),
              loadCatalog(locale),
            ]).then(([localized]) => localized),
          );
    // A failed load (offline) is tried again on the next visit to the locale.
    pending.catch(() => byLocale.delete(locale));
    byLocale.set(locale, pending);
  }
  return pending;
}
