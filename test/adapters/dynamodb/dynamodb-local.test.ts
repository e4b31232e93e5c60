// The DynamoDB Local harness itself: start, answer, stop, persist, and a clear error without Java.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createTables } from '../../../cli/local/create-tables.ts';
import { createLocalDynamoDbClient, parseJavaMajor, startDynamoDbLocal } from '../../../cli/local/dynamodb-local.ts';

describe('startDynamoDbLocal', () => {
  it('answers on a loopback port and is gone after stop (stop twice is harmless)', async () => {
    const local = await startDynamoDbLocal();
    const client = createLocalDynamoDbClient(local.endpoint);
    try {
      expect(local.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    } finally {
      await local.stop();
      await local.stop();
    }
    await expect(client.send(new ListTablesCommand({}))).rejects.toThrow();
    client.destroy();
  });

  it('keeps tables across restarts when given a data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimwatch-ddb-test-'));
    try {
      const first = await startDynamoDbLocal({ dataDir });
      const writer = createLocalDynamoDbClient(first.endpoint);
      await createTables(writer, { tableName: 'kept-main', alertsTableName: 'kept-alerts' });
      writer.destroy();
      await first.stop();

      const second = await startDynamoDbLocal({ dataDir });
      const reader = createLocalDynamoDbClient(second.endpoint);
      try {
        expect((await reader.send(new ListTablesCommand({}))).TableNames).toEqual(['kept-alerts', 'kept-main']);
      } finally {
        reader.destroy();
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('says how to get Java when `java` is not on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent-claimwatch-test';
    try {
      await expect(startDynamoDbLocal()).rejects.toThrow(
        /not found on PATH.*apt-get install -y openjdk-17-jre-headless/s,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no java here')).toBeUndefined();
  });
});
