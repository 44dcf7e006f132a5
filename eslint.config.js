import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'd3', message: 'Import only the d3 modules you use.' }] },
      ],
    },
  },
  ...[
    { files: ['src/engine/*.ts'], outside: '^\\.\\./' },
    { files: ['src/engine/*/*.ts'], outside: '^\\.\\./\\.\\./' },
  ].map(({ files, outside }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^[^.]',
              message: 'The engine is pure TypeScript: it imports no package (no view, store or DOM).',
            },
            { regex: outside, message: 'The engine imports nothing outside src/engine/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'Date'],
    },
  })),
  {
    files: [
      'src/timeline/**/*.ts',
      'src/layout/**/*.ts',
      'src/format/**/*.ts',
      'src/presets/**/*.ts',
      'src/formulas/**/*.ts',
      'src/editing/**/*.ts',
      'src/training/**/*.ts',
      'src/share/**/*.ts',
      'src/embed/**/*.ts',
      'src/export/**/*.ts',
      'src/lazy/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'zustand',
                'd3-selection',
                'd3-zoom',
                'katex',
                '../store/*',
                '../components/*',
              ],
              message: 'These modules are pure: they may use the engine, each other and d3 maths only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react-dom', 'd3-selection', 'd3-zoom', 'katex', '../components/*'],
              message: 'The store does not know the view.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', 'bench/**/*.{ts,mjs}', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
