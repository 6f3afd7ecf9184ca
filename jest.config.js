// Unit, integration and conformance tests run in Node through the genuine wx-server-sdk on the local cloud.
// Browser tests are separate (`npm run test:e2e`), so they can build and serve the H5 app first.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/tests/{unit,integration,conformance}/**/*.test.ts'],
  transform: { '^.+\\.[tj]sx?$': 'babel-jest' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Each test file gets its own data folder (see tests/fixtures/localCloud.ts), so files may run in parallel.
  maxWorkers: 2,
  testTimeout: 30000
}
