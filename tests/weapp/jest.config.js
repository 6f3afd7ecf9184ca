// Tests of the compiled weapp build (npm run test:weapp builds dist/weapp first): the root jest config, with only
// tests/weapp, and the build's own JS loaded as it is (never through Babel).
const path = require('path')
const base = require('../../jest.config')

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['**/tests/weapp/**/*.test.ts'],
  transformIgnorePatterns: [...base.transformIgnorePatterns, '/dist/weapp/']
}
