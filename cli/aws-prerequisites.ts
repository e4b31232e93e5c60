// What `--extractor bedrock` and `claimwatch upload` need from the shell, checked before anything starts: an AWS
// region and credentials, resolved as every SDK client resolves them (environment, then the AWS profile).
// Without them every report would end `failed` after DynamoDB Local had started for nothing.

/** A credentials lookup that reaches the EC2/ECS metadata endpoints can hang off AWS; past this it has failed. */
const CREDENTIALS_TIMEOUT_MS = 5_000;

export const REGION_FIX =
  'Fix: export AWS_REGION=us-east-1 (a region where your model is enabled), or set one in your AWS profile: ' +
  'aws configure set region us-east-1.';
export const CREDENTIALS_FIX =
  'Fix: aws configure (access keys), or aws sso login --profile NAME and export AWS_PROFILE=NAME; ' +
  'aws sts get-caller-identity shows who you are.';

/** Throws a message with the fix unless the AWS SDK finds a region and credentials; returns the region. */
export function assertBedrockPrerequisites(): Promise<string> {
  return assertAwsPrerequisites('--extractor bedrock');
}

/** The same check for any command that calls AWS; `who` names it in the message (e.g. "claimwatch upload"). */
export async function assertAwsPrerequisites(who: string): Promise<string> {
  // Loaded only when AWS is called: the rules extractor needs none of the SDK's credential chain.
  const { BedrockRuntimeClient } = await import('@aws-sdk/client-bedrock-runtime');
  const client = new BedrockRuntimeClient({});
  try {
    let region: string | undefined;
    try {
      region = await client.config.region();
    } catch {
      region = undefined;
    }
    if (!region) throw new Error(`${who} needs an AWS region, and none is set. ${REGION_FIX}`);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.config.credentials(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`none found within ${CREDENTIALS_TIMEOUT_MS} ms`)),
            CREDENTIALS_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (error) {
      throw new Error(`--extractor bedrock needs AWS credentials (${(error as Error).message}). ${CREDENTIALS_FIX}`);
    } finally {
      clearTimeout(timer);
    }
    return region;
  } finally {
    client.destroy();
  }
}
