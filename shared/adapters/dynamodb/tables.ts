// The two tables' shapes, shared by the CDK stack and by `createTables` (cli/local: DynamoDB Local and tests), so
// both build the same thing.
// Values are the DynamoDB API strings ('S', 'NEW_IMAGE'); aws-cdk-lib's AttributeType / StreamViewType enums
// use the same strings.

export interface KeyAttribute {
  name: string;
  type: 'S';
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  /** Stream view the table must have (the alerts outbox is drained by a stream consumer). */
  stream?: 'NEW_IMAGE';
  /** Attribute holding an epoch-seconds expiry, when TTL is enabled on the table. */
  timeToLiveAttribute?: string;
}

/**
 * Main table: reports (by S3 object and by content hash), claims, incidents and the place/month incident index,
 * all in one pk/sk table (see keys.ts for the layout).
 */
export const MAIN_TABLE: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
};

/**
 * Alerts outbox: one item per alert, keyed by the alert id. Written in the commit transaction; the stream
 * (NEW_IMAGE) feeds the publisher. Published alerts may expire via TTL when the store is given a retention.
 * Stream consumers must act on INSERT only: marking an alert published is a MODIFY, and TTL expiry a REMOVE.
 */
export const ALERTS_TABLE: TableDefinition = {
  partitionKey: { name: 'id', type: 'S' },
  stream: 'NEW_IMAGE',
  timeToLiveAttribute: 'expiresAt',
};

/** Powertools idempotency's layout (its defaults): partition key `id`, TTL attribute `expiration`. */
export const IDEMPOTENCY_TABLE: TableDefinition = {
  partitionKey: { name: 'id', type: 'S' },
  timeToLiveAttribute: 'expiration',
};

export interface TableNames {
  tableName: string;
  alertsTableName: string;
}
