#!/usr/bin/env node
// npm run db:plan — prints the database manifest as the steps to create it in a CloudBase environment.
require('tsx/cjs')
const { MANIFEST } = require('../../src/shared/db/manifest')
const { formatPlan } = require('../src/plan')
console.log(formatPlan(MANIFEST))
