import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers, each allowed to import only those to its left (and itself):
 *   data → store → routing → ui → features → app
 * A feature imports no other feature (features meet in the store). `src/main.tsx`, the entry,
 * mounts the app; tests beside their module may also import the helpers in `tests/`.
 */
const LAYERS = ['data', 'store', 'routing', 'ui', 'features', 'app'];
const below = (layer) => LAYERS.slice(0, LAYERS.indexOf(layer));

const layerRules = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    'boundaries/elements': [
      { type: 'features', pattern: 'src/features/*', capture: ['feature'] },
      ...LAYERS.filter((l) => l !== 'features').map((l) => ({ type: l, pattern: `src/${l}` })),
      { type: 'tests', pattern: 'tests' },
      { type: 'scripts', pattern: 'scripts' },
    ],
    'boundaries/files': [
      { category: 'test', pattern: '**/*.test.{ts,tsx}' },
      // The entries (the browser's mounts the app, the build's bakes its pages) and the ambient
      // types: the only files of src/ in no layer.
      { category: 'entry', pattern: 'src/main.tsx' },
      { category: 'entry', pattern: 'src/boot.ts' },
      { category: 'entry', pattern: 'src/entry-server.tsx' },
      { category: 'types', pattern: 'src/env.d.ts' },
    ],
  },
  rules: {
    // A file of src/ that is in no layer (a new top-level file or folder) fails, and so does an
    // import of a file that is in none: every new folder has to be given its place first.
    'boundaries/no-unknown-files': 'error',
    'boundaries/no-unknown-dependencies': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          ...LAYERS.filter((l) => l !== 'features').map((l) => ({
            from: { element: { type: l } },
            allow: { to: { element: { types: { anyOf: [l, ...below(l)] } } } },
          })),
          {
            from: { element: { type: 'features' } },
            allow: { to: { element: { types: { anyOf: below('features') } } } },
          },
          {
            from: { element: { type: 'features' } },
            allow: {
              to: {
                element: {
                  type: 'features',
                  captured: { feature: '{{ from.element.captured.feature }}' },
                },
              },
            },
          },
          {
            from: { file: { categories: 'entry' } },
            allow: { to: { element: { types: LAYERS } } },
          },
          // A test beside its module may use the shared test helpers and the scripts' own code
          // (the CSV reader, the gas-destination names).
          {
            from: { file: { categories: 'test' } },
            allow: { to: { element: { types: { anyOf: ['tests', 'scripts'] } } } },
          },
        ],
      },
    ],
  },
};

/** The router is the routing layer's: the layers below it and the features reach the address
 * through `routing/` (`AppLink`, `useGo`, `useWhere`, `useEventIdParam`, …), which does not
 * re-render on every change of address. Only `routing/`, `app/`, the entry files and tests
 * (which mount routers of their own) import react-router. */
const routerNavigation = {
  files: ['src/{data,store,ui,features}/**/*.{ts,tsx}'],
  ignores: ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'react-router',
            message:
              'Use src/routing (AppLink, useGo, useWhere, useEventIdParam…), with an address from paths.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results.json'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text as React children.',
        },
      ],
    },
  },
  layerRules,
  routerNavigation,
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
