import { describe, expect, it } from 'vitest';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import { expectNoAxeViolations, startBrowser } from './browser';

const session = startBrowser();
const EVENT = '2013-65-bcm-gas-supply-agreement';

describe.each([
  ['ru', ru, 'Примечание об источниках', 'только по-английски', 'Столбец Туркменистана'],
  ['zh', zh, '关于来源的说明', '仅有英文', '土库曼斯坦所在列'],
] as const)('the notes in %s', (locale, content, heading, englishOnly, frame) => {
  it('shows an event’s note on the sources and the sources’ cell reads in the language', async () => {
    const t = await session.newPage();
    await t.goto(`/${locale}/events/${EVENT}`);
    const note = t.page.getByRole('region', { name: heading });
    await note.waitFor();
    const text = await note.innerText();
    expect(text).toContain(content.events[EVENT].note);
    expect(text).not.toContain(englishOnly);
    await expectNoAxeViolations(t.page);

    await t.goto(`/${locale}/sources#BP_SR_2011`);
    const entry = t.page.locator('[id="BP_SR_2011"]');
    await entry.getByText(frame).waitFor();
    // The cells are the spreadsheet's own labels, quoted in English.
    await expect
      .poll(() => entry.locator('span[lang="en"]').first().innerText())
      .toMatch(/^W48 Russian Federation;/);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
    // Two pages and two axe runs: slow on a shared machine.
  }, 150_000);
});
