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

  /** `import { x } from '<from>'` in `file`: one import, and the rule it breaks. */
  it.each([
    [
      'a layer importing one to its right',
      'src/store/x.ts',
      '../routing/paths',
      /"store".*"routing"/,
    ],
    ['data importing routing', 'src/data/x.ts', '../routing/navigation', /"data".*"routing"/],
    [
      'a sub-folder of a layer (data/publish)',
      'src/data/publish/x.ts',
      '../../routing/paths',
      /"data".*"routing"/,
    ],
    [
      'a folder of src/ in no layer',
      'src/newlayer/x.ts',
      '../routing/paths',
      /^boundaries\/no-unknown-files: /,
    ],
    [
      'a file of src/ in no layer',
      'src/helpers.ts',
      './routing/paths',
      /^boundaries\/no-unknown-files: /,
    ],
    [
      'an import of a file in no layer',
      'src/ui/x.ts',
      '../../vite.config',
      /^boundaries\/no-unknown-dependencies: /,
    ],
  ])('fails %s', async (_, file, from, rule) => {
    const found = await problems(`import { x } from '${from}';\nexport const y = x;\n`, file);
    expect(found).toEqual([expect.stringMatching(rule)]);
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

  it('fails any import of react-router outside routing/ and app/, tests aside', async () => {
    const code =
      "import { Link, useParams } from 'react-router';\nexport const x = [Link, useParams];\n";
    for (const file of ['src/features/events/x.tsx', 'src/ui/x.ts', 'src/store/x.ts']) {
      const found = await problems(code, file);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-imports: 'react-router' import is restricted/);
    }
    expect(await problems(code, 'src/routing/x.tsx')).toEqual([]);
    expect(await problems(code, 'src/app/x.tsx')).toEqual([]);
    expect(await problems(code, 'src/features/events/x.test.tsx')).toEqual([]);
  });
});
