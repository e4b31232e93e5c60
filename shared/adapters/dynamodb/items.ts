// Entity ⇄ DynamoDB item. Entities are stored as top-level attributes (so conditions can test `status` and
// `version`) next to pk/sk/kind; everything read back is validated with the zod schema, which also drops the
// key attributes.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Alert } from '../../domain/schema.ts';
import type * as z from '../../domain/zod.ts';
import type { ItemKey, ItemKind } from './keys.ts';

export type Item = Record<string, AttributeValue>;

export function toItem(key: ItemKey, kind: ItemKind, entity: object): Item {
  return marshall(
    { ...entity, pk: key.pk, sk: key.sk, kind },
    { removeUndefinedValues: true, convertClassInstanceToMap: false },
  );
}

export function toAlertItem(alert: Alert): Item {
  return marshall(alert, { removeUndefinedValues: true });
}

/** Parses an item read back from the table; a malformed item is a bug or a foreign writer, so it throws. */
export function fromItem<S extends z.ZodMiniType>(schema: S, item: Item, what: string): z.output<S> {
  const plain = unmarshall(item);
  const result = schema.safeParse(plain);
  if (!result.success) {
    const where = plain.pk === undefined ? `id ${String(plain.id)}` : `pk ${String(plain.pk)} sk ${String(plain.sk)}`;
    throw new Error(`DynamoDB item (${where}) is not a valid ${what}: ${result.error.message}`);
  }
  return result.data;
}

/**
 * An alert from an alerts-table item, e.g. a stream record's NewImage (Lambda's stream AttributeValue type has
 * the same JSON shape; cast it). `publishedAt` and `expiresAt` are outbox bookkeeping, not part of the Alert.
 */
export function alertFromItem(item: Item): Alert {
  return fromItem(Alert, item, 'Alert');
}
