// ESLint (flat config), run by `npm run lint` and so by `npm test`. Formatting is Prettier's job (`prettier --check`
// in the same script); eslint-config-prettier comes last so no stylistic rule here fights it.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Generated or not ours: dependencies, build output, the esbuild bundles of the cloud functions, local data
    // folders, benchmark and test output (mirrors .gitignore).
    ignores: [
      '**/node_modules/**',
      'dist*/**',
      'cloudfunctions/*/index.js',
      '.data*/**',
      '.swc/**',
      '.temp/**',
      '.cache/**',
      'coverage/**',
      'bench-results/**',
      'test-results/**'
    ]
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,

  // TypeScript everywhere: the mini-program, the cloud functions, the local cloud, scripts, tests, Taro config.
  // Syntactic rules only: tsc (`npm run typecheck`) already checks types, and the type-aware rule sets would make
  // lint several times slower on CI's 2 cores for little extra.
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.{ts,tsx,mts,cts}'] })),
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // `_`-prefixed names are deliberately unused (placeholders in signatures and destructuring that drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }
      ]
    }
  },

  // The local cloud emulates a schemaless database and patches wx-server-sdk internals that have no types; the tests,
  // the demo data and the scripts (seed, bench, round trips) read raw documents and untyped action replies through
  // wx-server-sdk. `any` is allowed there; it stays an error in the app (src) and the cloud functions, and
  // `node scripts/typeEscapes.mjs` keeps counting it in localcloud/src.
  {
    files: ['localcloud/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  // Those same folders `require()` lazily on purpose: the cloud functions and wx-server-sdk must load only after the
  // local cloud is installed and the environment set (jest, tsx/cjs and the gateway all run them as CommonJS).
  {
    files: ['localcloud/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },

  // React hooks in the mini-program's components, pages and hooks (not src/shared, which the cloud functions use).
  {
    files: ['src/**/*.tsx', 'src/hooks/**/*.ts', 'src/app.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },

  // Plain JavaScript: Node scripts and test runners (ES modules), CommonJS entry points and tool configs.
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } }
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
  },
  // Browser tests pass callbacks to page.evaluate(), which run in the page.
  { files: ['tests/e2e/**/*.mjs'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['**/*.{js,cjs,mjs}'],
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }]
    }
  },

  prettier
)
