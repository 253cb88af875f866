import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import type { Model } from '../data/model';
import { createExplorerStore } from './explorerStore';
import { localeModels } from './localeModels';

const localized = vi.hoisted(() => ({ fail: 0 }));
vi.mock('../data/i18n/localizedModel', () => ({
  loadLocalizedModel: (english: Model, locale: 'ru' | 'zh') => {
    if (localized.fail > 0) {
      localized.fail -= 1;
      return Promise.reject(new Error('offline'));
    }
    return Promise.resolve({
      ...english,
      localization: { locale, english, content: { locale }, untranslated: new Set(), errors: [] },
    });
  },
}));
vi.mock('../data/i18n/messages', () => ({ loadCatalog: () => Promise.resolve() }));

afterEach(() => {
  localized.fail = 0;
});

describe('a store’s locale models', () => {
  it('has English at once, and the model it starts with', () => {
    const english = buildTestModel();
    const prepare = localeModels(english);
    expect(prepare('en').status).toBe('fulfilled');
    expect(prepare('en').value).toBe(english);
    expect(prepare('ru').status).toBeUndefined();
  });

  it('loads a locale once, and counts a translated start model as loaded', async () => {
    const english = buildTestModel();
    const prepare = localeModels(english);
    const ru = prepare('ru');
    expect(prepare('ru')).toBe(ru);
    const model = await ru;
    expect(ru.status).toBe('fulfilled');
    expect(model.localization?.locale).toBe('ru');
    const fromRussian = localeModels(model);
    expect(fromRussian('ru').value).toBe(model);
    expect(fromRussian('en').value).toBe(english);
  });

  it('tries a failed locale again on the next visit', async () => {
    localized.fail = 1;
    const prepare = localeModels(buildTestModel());
    await expect(prepare('zh')).rejects.toThrow('offline');
    expect(prepare('zh').status).toBeUndefined();
    await expect(prepare('zh')).resolves.toMatchObject({ localization: { locale: 'zh' } });
  });

  it('belongs to one store: two stores never share what one loaded', async () => {
    const english = buildTestModel();
    const one = createExplorerStore(english);
    const two = createExplorerStore(english);
    const loaded = one.getState().prepareLocale('ru');
    await loaded;
    expect(one.getState().prepareLocale('ru')).toBe(loaded);
    expect(two.getState().prepareLocale('ru')).not.toBe(loaded);
  });
});
