// Which Bedrock models the stack accepts. The extractor forces the model to call its one tool
// (toolChoice.tool); Bedrock's Converse API supports that for Anthropic Claude 3 and later and for the Amazon
// Nova text models only, so any other model would end every report `failed`. A cross-region inference profile
// can be called only from the regions of its geography, so its prefix must match the region deployed to.
import { baseModelId, INFERENCE_PROFILE_PREFIXES } from '../shared/adapters/bedrock/models.ts';

type ProfilePrefix = (typeof INFERENCE_PROFILE_PREFIXES)[number];

/** Foundation-model families whose Converse API accepts a forced tool choice (checked on the base model id). */
export const FORCED_TOOL_FAMILIES: ReadonlyArray<{ name: string; pattern: RegExp; example: string }> = [
  {
    name: 'Anthropic Claude 3 or later',
    // claude-3…, claude-3-5…, claude-3-7…, and the 4+ names that put the tier first (claude-sonnet-4, opus-4-1).
    pattern: /^anthropic\.claude-(?:[3-9]|(?:opus|sonnet|haiku)-[4-9])[-.]/,
    example: 'anthropic.claude-haiku-4-5-20251001-v1:0',
  },
  {
    name: 'Amazon Nova (text models)',
    // Canvas, Reel and Sonic are image, video and speech models: no tool use.
    pattern: /^amazon\.nova-(?:2-)?(?:micro|lite|pro|premier)-v\d/,
    example: 'amazon.nova-lite-v1:0',
  },
];

export function supportsForcedTool(modelId: string): boolean {
  const base = baseModelId(modelId);
  return FORCED_TOOL_FAMILIES.some((family) => family.pattern.test(base));
}

/** Regions each system-defined profile prefix can be called from (its source regions' naming pattern). */
const PROFILE_SOURCE_REGIONS: Record<ProfilePrefix, RegExp> = {
  us: /^us-(?!gov-)/,
  'us-gov': /^us-gov-/,
  eu: /^eu-/,
  apac: /^ap-/,
  jp: /^ap-northeast-[13]$/,
  au: /^ap-southeast-[24]$/,
  ca: /^ca-/,
  global: /^(?!us-gov-|cn-)/,
};

/** The profile prefix of a model id ('us-gov' before 'us'), or undefined for a foundation model id. */
export function profilePrefixOf(modelId: string): ProfilePrefix | undefined {
  const byLength = [...INFERENCE_PROFILE_PREFIXES].sort((a, b) => b.length - a.length);
  return byLength.find((prefix) => modelId.startsWith(`${prefix}.`));
}

/** The geographic prefixes whose profiles can be called from a region (what to suggest instead). */
export function profilePrefixesFor(region: string): ProfilePrefix[] {
  return INFERENCE_PROFILE_PREFIXES.filter((prefix) => PROFILE_SOURCE_REGIONS[prefix].test(region));
}

/** Whether a model id can be called from the region; a foundation model id says nothing about regions. */
export function profileMatchesRegion(modelId: string, region: string): boolean {
  const prefix = profilePrefixOf(modelId);
  return prefix === undefined || PROFILE_SOURCE_REGIONS[prefix].test(region);
}
