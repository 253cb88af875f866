import { beforeAll, describe, expect, it, vi } from 'vitest';
import '../data/i18n/later';
import { loadCatalog, translator } from '../data/i18n/messages';
import { downloadFailure } from './downloadFailure';

// The sentence a failed download shows, in each language: a chunk that could not be fetched
// (offline, or the app updated under the page) and a browser that refused to make the file.
const chunkError = new TypeError(
  'Failed to fetch dynamically imported module: https://x.test/assets/download-1.js',
);
const refused = new DOMException('The operation is insecure.', 'SecurityError');

beforeAll(() => Promise.all([loadCatalog('ru'), loadCatalog('zh')]));

describe('downloadFailure', () => {
  it('keeps the English exactly as it was', () => {
    const en = translator('en');
    expect(downloadFailure(chunkError, en)).toBe(
      'You appear to be offline, or the app has been updated: the code that makes the file could not be loaded. Reconnect or reload the page, then try again.',
    );
    expect(downloadFailure(refused, en)).toBe(
      'The download could not start: your browser refused to create the file. Try again, or use another format.',
    );
    // What the trade and energy figures say when their chart is not drawn yet.
    expect(en('trade.chartPending')).toBe(
      'The download could not start: the chart is not drawn yet. Scroll to it, wait a moment, and try again.',
    );
    expect(en('energy.chartPending')).toBe(en('trade.chartPending'));
  });

  it.each([
    [
      'ru',
      'Похоже, нет подключения к сети или приложение обновилось: код, который создаёт файл, не загрузился. Подключитесь к сети или перезагрузите страницу и попробуйте снова.',
      'Скачивание не началось: браузер отказался создать файл. Попробуйте ещё раз или выберите другой формат.',
      'trade.chartPending',
      /^Скачивание не началось: график ещё не нарисован\./,
    ],
    [
      'zh',
      '您似乎处于离线状态，或应用已更新：生成文件的代码无法加载。请重新联网或刷新页面，然后重试。',
      '无法开始下载：浏览器拒绝创建该文件。请重试，或改用其他格式。',
      'energy.chartPending',
      /^无法开始下载：图表尚未绘制。/,
    ],
  ] as const)('says it in %s', (locale, offline, refusedText, pendingId, pending) => {
    const t = translator(locale);
    expect(downloadFailure(chunkError, t)).toBe(offline);
    expect(downloadFailure(refused, t)).toBe(refusedText);
    expect(t(pendingId)).toMatch(pending);
  });

  it('calls any error offline when the browser is offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(downloadFailure(refused, translator('ru'))).toMatch(/^Похоже, нет подключения/);
    vi.restoreAllMocks();
    expect(downloadFailure(refused, translator('ru'))).toMatch(/^Скачивание не началось/);
  });
});
