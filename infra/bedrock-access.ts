// bedrock:InvokeModel (what the Converse API needs) on exactly the configured model: a foundation model in this
// region, or a cross-region inference profile plus the one foundation model it routes to, usable only through
// that profile.
import { Aws } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { baseModelId } from '../shared/adapters/bedrock/models.ts';

export interface BedrockModelTarget {
  /** The system-defined inference profile, when the model id has a geographic prefix. */
  inferenceProfileId?: string;
  /** The foundation model id (the profile's id without its prefix). */
  foundationModelId: string;
}

export function bedrockModelTarget(modelId: string): BedrockModelTarget {
  const foundationModelId = baseModelId(modelId);
  return foundationModelId === modelId ? { foundationModelId } : { inferenceProfileId: modelId, foundationModelId };
}

export interface BedrockInvokeStatementsOptions {
  readonly modelId: string;
  /**
   * Regions the inference profile may route to. Empty: any region ("*"), because AWS changes a profile's
   * destinations over time; the statement stays limited to one model, reached only through the profile.
   */
  readonly destinationRegions: readonly string[];
}

export function bedrockInvokeStatements(options: BedrockInvokeStatementsOptions): PolicyStatement[] {
  const target = bedrockModelTarget(options.modelId);
  const modelArn = (region: string) =>
    `arn:${Aws.PARTITION}:bedrock:${region}::foundation-model/${target.foundationModelId}`;
  if (!target.inferenceProfileId) {
    return [
      new PolicyStatement({
        sid: 'InvokeConfiguredModel',
        actions: ['bedrock:InvokeModel'],
        resources: [modelArn(Aws.REGION)],
      }),
    ];
  }
  const profileArn =
    `arn:${Aws.PARTITION}:bedrock:${Aws.REGION}:${Aws.ACCOUNT_ID}` + `:inference-profile/${target.inferenceProfileId}`;
  const regions = options.destinationRegions.length > 0 ? options.destinationRegions : ['*'];
  const modelArns = regions.map(modelArn);
  // Global profiles may route outside every named region; AWS authorises those calls on a region-less model ARN.
  if (target.inferenceProfileId.startsWith('global.')) modelArns.push(modelArn(''));
  return [
    new PolicyStatement({
      sid: 'InvokeConfiguredInferenceProfile',
      actions: ['bedrock:InvokeModel'],
      resources: [profileArn],
    }),
    new PolicyStatement({
      sid: 'InvokeProfileModelOnlyThroughProfile',
      actions: ['bedrock:InvokeModel'],
      resources: modelArns,
      conditions: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
    }),
  ];
}
