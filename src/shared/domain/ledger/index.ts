export * from './accounts'
export * from './postings'
export * from './rules'
export * from './settlement'
