export { MAX_TRANSACTION_ITEMS } from './commit-transaction.ts';
export { alertFromItem } from './items.ts';
export { INDEX_WIDEN_DAYS, incidentIndexKeys, incidentPlaceKeys } from './keys.ts';
export { DynamoDbStore, type DynamoDbStoreConfig } from './store.ts';
export { ALERTS_TABLE, MAIN_TABLE, type TableDefinition, type TableNames } from './tables.ts';
