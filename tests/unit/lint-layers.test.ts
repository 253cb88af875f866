import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer order (data → store → routing → ui → features → app) and the navigation rule are
 * enforced by `npm run lint` (eslint.config.js): these snippets prove a wrong import fails it.
 */
const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('lint: layers', () => {
  // The first run loads the config and its plugins (several seconds on a busy machine).
  beforeAll(() => problems('', 'src/data/x.ts'), 60_000);

  it('fails a feature that imports the app', async () => {
    const found = await problems(
      "import { AppRoutes } from '../../app/App';\nexport const x = AppRoutes;\n",
      'src/features/trade/x.ts',
    );
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"app"/)]);
  });

  it('fails a feature that imports another feature', async () => {
    const found = await problems(
      "import { EventList } from '../events/EventList';\nexport const x = EventList;\n",
      'src/features/trade/x.ts',
    );
    expect(found).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*feature="trade".*feature="events"/),
    ]);
  });

  it('fails a layer that imports one to its right', async () => {
    expect(
      await problems(
        "import { paths } from '../routing/paths';\nexport const x = paths;\n",
        'src/store/x.ts',
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"store".*"routing"/)]);
    expect(
      await problems(
        "import { AppLink } from '../routing/navigation';\nexport const x = AppLink;\n",
        'src/data/x.ts',
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"data".*"routing"/)]);
  });

  it('holds in the sub-folders of a layer (src/data/publish is data)', async () => {
    expect(
      await problems(
        "import { paths } from '../../routing/paths';\nexport const x = paths;\n",
        'src/data/publish/x.ts',
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"data".*"routing"/)]);
  });

  it('fails a file of src/ in no layer, and an import of one', async () => {
    const code = "import { paths } from '../routing/paths';\nexport const x = paths;\n";
    expect(await problems(code, 'src/newlayer/x.ts')).toEqual([
      expect.stringMatching(/^boundaries\/no-unknown-files: /),
    ]);
    expect(await problems('export const x = 1;\n', 'src/helpers.ts')).toEqual([
      expect.stringMatching(/^boundaries\/no-unknown-files: /),
    ]);
    expect(
      await problems(
        "import config from '../../vite.config';\nexport const x = config;\n",
        'src/ui/x.ts',
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/no-unknown-dependencies: /)]);
  });

  it('lets the entry import every layer, and no layer import the entry', async () => {
    const code = "import { AppRoutes } from './app/App';\nexport const x = AppRoutes;\n";
    expect(await problems(code, 'src/main.tsx')).toEqual([]);
    expect(await problems("import '../main';\nexport const x = 1;\n", 'src/app/x.ts')).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"entry"/),
    ]);
  });

  it('passes a feature importing its own files and the layers to its left', async () => {
    const code = [
      "import { chartRows } from './tradeModel';",
      "import { paths } from '../../routing/paths';",
      "import { ErrorBoundary } from '../../ui/ErrorBoundary';",
      "import { useExplorer } from '../../store/StoreProvider';",
      "import * as format from '../../data/format';",
      'export const x = [chartRows, paths, ErrorBoundary, useExplorer, format];',
      '',
    ].join('\n');
    expect(await problems(code, 'src/features/trade/x.ts')).toEqual([]);
  });

  it("fails react-router's Link or useNavigate outside routing/ and app/", async () => {
    const code =
      "import { Link, useNavigate } from 'react-router';\nexport const x = [Link, useNavigate];\n";
    const found = await problems(code, 'src/features/events/x.tsx');
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-restricted-imports: 'Link'/),
        expect.stringMatching(/^no-restricted-imports: 'useNavigate'/),
      ]),
    );
    expect(await problems(code, 'src/routing/x.tsx')).toEqual([]);
    expect(await problems(code, 'src/app/x.tsx')).toEqual([]);
  });
});
