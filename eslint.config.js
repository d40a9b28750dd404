import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The source folders in the order data flows. A file may import only from its own folder and the
 * folders before it: data (schema, loading, validation) -> model (each domain concept once) -> state
 * (user intent, URL, memoized selectors) -> components (generic React primitives) -> charts (layouts
 * and chart components) -> export (file rendering) -> ui (the app shell, panels and controls) -> embed
 * (the chromeless page of one chart, for other sites).
 * src/main.tsx starts the app; src/test holds test support that only tests may import.
 */
export const LAYERS = ['data', 'model', 'state', 'components', 'charts', 'export', 'ui', 'embed'];

const layerRules = {
  plugins: { boundaries },
  settings: {
    'boundaries/elements': [
      ...LAYERS.map((layer) => ({ type: layer, pattern: `src/${layer}` })),
      { type: 'test-support', pattern: 'src/test' },
    ],
    'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          ...LAYERS.map((layer, i) => ({
            from: { element: { type: layer } },
            disallow: { to: { element: { types: { anyOf: LAYERS.slice(i + 1) } } } },
            message: `src/${layer} may import only from ${['its own folder', ...LAYERS.slice(0, i).map((l) => `src/${l}`)].join(', ')} (see LAYERS in eslint.config.js).`,
          })),
          {
            disallow: { to: { element: { type: 'test-support' } } },
            message: 'Only tests may import src/test, so test data never reaches the build.',
          },
          { from: { file: { categories: 'test' } }, allow: { to: { element: { type: 'test-support' } } } },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', '.dist-*', 'node_modules', 'public', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render text as HTML.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render text as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render text as HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/**/*.{ts,tsx}'], ...layerRules },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
