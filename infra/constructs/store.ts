// The pipeline's state: the main table (reports, claims, incidents, the place/month incident index), the alerts
// outbox (its stream feeds the notify function) and the Powertools idempotency table. Key schemas come from the
// DynamoDB adapter's own definitions so that the deployed tables and `claimwatch run`'s local ones match.
import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  StreamViewType,
  TableEncryptionV2,
  type TablePropsV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import {
  ALERTS_TABLE,
  IDEMPOTENCY_TABLE,
  MAIN_TABLE,
  type TableDefinition,
} from '../../shared/adapters/dynamodb/tables.ts';

function tableProps(definition: TableDefinition, removalPolicy: RemovalPolicy): TablePropsV2 {
  return {
    partitionKey: { name: definition.partitionKey.name, type: AttributeType.STRING },
    sortKey: definition.sortKey ? { name: definition.sortKey.name, type: AttributeType.STRING } : undefined,
    dynamoStream: definition.stream === 'NEW_IMAGE' ? StreamViewType.NEW_IMAGE : undefined,
    timeToLiveAttribute: definition.timeToLiveAttribute,
    billing: Billing.onDemand(),
    encryption: TableEncryptionV2.awsManagedKey(),
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    removalPolicy,
  };
}

export interface StoreProps {
  /** Whether the tables (and their data) outlive the stack. */
  readonly removalPolicy: RemovalPolicy;
}

export class Store extends Construct {
  readonly table: TableV2;
  /** The outbox: alerts are written here with their incident update; its stream publishes them. */
  readonly alertsTable: TableV2;
  readonly idempotencyTable: TableV2;

  constructor(scope: Construct, id: string, props: StoreProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Main', tableProps(MAIN_TABLE, props.removalPolicy));
    this.alertsTable = new TableV2(this, 'Alerts', tableProps(ALERTS_TABLE, props.removalPolicy));
    this.idempotencyTable = new TableV2(this, 'Idempotency', tableProps(IDEMPOTENCY_TABLE, props.removalPolicy));
  }
}
