// Unit, integration and conformance tests run in Node through the genuine wx-server-sdk on the local cloud.
// Browser tests are separate (`npm run test:e2e`), so they can build and serve the H5 app first.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/tests/{unit,integration,conformance}/**/*.test.ts'],
  transform: { '^.+\\.[tj]sx?$': 'babel-jest' },
  // zod's per-locale files are ESM only; let Babel turn them into CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!zod/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Each test file gets its own data folder (see tests/fixtures/localCloud.ts), so files may run in parallel.
  maxWorkers: 2,
  setupFiles: ['<rootDir>/tests/fixtures/setupEnv.ts'],
  testTimeout: 30000
}
