// cdk-nag (AwsSolutions) passes on the app, every acknowledgment gives a reason and answers a real finding,
// and one full synth (bundling both functions with esbuild, running the nag plugin) succeeds offline.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { listAcknowledgments } from '../../infra/nag.ts';

const CONFIGS: Record<string, Record<string, unknown>> = {
  defaults: {},
  'rules extractor, destroy, subscriptions, foundation model': {
    extractor: 'rules',
    removalPolicy: 'destroy',
    alertEmails: 'a@example.org',
    alertPhones: '+15555550100',
    opsEmails: 'ops@example.org',
  },
  'foundation model with Bedrock': { modelId: 'amazon.nova-lite-v1:0' },
  'named profile regions, whole bucket': { bedrockModelRegions: 'us-east-1,us-east-2', reportPrefix: '' },
};

function build(context: Record<string, unknown>): App {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  buildApp(app, {});
  return app;
}

/** The same checks with acknowledgments ignored: what the app would be told without them. */
class UnacknowledgedChecks extends AwsSolutionsChecks {
  constructor() {
    super();
    // cdk-nag consults this for every finding; answering "no" reveals the raw findings.
    Object.defineProperty(this, 'isAcknowledged', { value: () => false });
  }
}

function violationsOf(checks: AwsSolutionsChecks, app: IConstruct): string[] {
  return checks
    .validateScope(app)
    .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`));
}

describe('cdk-nag AwsSolutions', () => {
  for (const [name, context] of Object.entries(CONFIGS)) {
    it(`finds nothing unacknowledged (${name})`, () => {
      const app = build(context);
      expect(violationsOf(new AwsSolutionsChecks(), app)).toEqual([]);
    });

    it(`acknowledges only real findings, each with a reason (${name})`, () => {
      const app = build(context);
      const raw = violationsOf(new UnacknowledgedChecks(), app);
      const acknowledgments = listAcknowledgments(app).filter((a) => a.id.startsWith('AwsSolutions-'));
      expect(acknowledgments.length).toBeGreaterThan(0);
      for (const ack of acknowledgments) {
        expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThan(40);
        const answered = raw.some((finding) => finding.startsWith(`${ack.id} at ${ack.path}`));
        expect(answered, `${ack.id} at ${ack.path} answers no finding: remove it`).toBe(true);
      }
    });
  }

  it('acknowledges Resource "*" only for X-Ray, on the two function roles', () => {
    const stars = listAcknowledgments(build({})).filter((a) => a.id.includes('Resource::*'));
    expect(stars.map((a) => a.path).sort()).toEqual([
      'Claimwatch/Notify/Notify/Role',
      'Claimwatch/Processing/Process/Role',
    ]);
    for (const ack of stars) expect(ack.reason).toMatch(/X-Ray/);
  });
});

describe('a full synth (bundling with the local esbuild, nag plugin on)', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'claimwatch-synth-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('writes the template and one ESM bundle with a source map per function, offline', () => {
    const app = new App({ outdir });
    buildApp(app, {});
    const assembly = app.synth();
    expect(assembly.stacks.map((s) => s.stackName)).toEqual(['Claimwatch']);
    const assets = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
    const bundles = assets.filter((dir) => readdirSync(join(outdir, dir)).includes('index.mjs'));
    expect(bundles).toHaveLength(2);
    for (const dir of bundles) {
      expect(readdirSync(join(outdir, dir)).sort()).toEqual(['index.mjs', 'index.mjs.map']);
      expect(statSync(join(outdir, dir, 'index.mjs')).size).toBeGreaterThan(1000);
    }
  }, 180_000);
});
