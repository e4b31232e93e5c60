// The Bedrock extractor as the pipeline sees it before its first report: its name and model are known, but the
// extractor module and the Bedrock Runtime SDK are imported only when a report is extracted. A function running
// the rules extractor never loads them, and one running Bedrock loads them after its cold start, not in it.
// Every import of the SDK on this path is dynamic: a bundler hoists a module's static imports of an external
// package to the bundle's top, which would load the SDK at cold start even from a lazily imported module.
import type { ExtractionInput, ExtractionResult, Extractor } from '../../ports/extractor.ts';
import type { BedrockExtractorOptions, ConverseSender } from './bedrock-extractor.ts';

export interface LazyBedrockExtractorOptions extends Omit<BedrockExtractorOptions, 'client'> {
  /** A client to use (tests pass a mocked one); by default one is created on first use. */
  client?: ConverseSender;
  /** Region of the client created on first use; default: the SDK's own resolution (AWS_REGION). */
  region?: string;
}

export class LazyBedrockExtractor implements Extractor {
  readonly name: string;
  readonly modelId: string;
  private loaded?: Promise<Extractor>;

  constructor(private readonly options: LazyBedrockExtractorOptions) {
    this.modelId = options.modelId;
    this.name = `bedrock:${options.modelId}`;
  }

  extract(input: ExtractionInput): Promise<ExtractionResult> {
    this.loaded ??= this.load();
    return this.loaded.then((extractor) => extractor.extract(input));
  }

  private async load(): Promise<Extractor> {
    const { client, region, ...rest } = this.options;
    const [{ BedrockExtractor }, sender] = await Promise.all([
      import('./bedrock-extractor.ts'),
      client ?? import('./client.ts').then(({ createBedrockClient }) => createBedrockClient({ region })),
    ]);
    return new BedrockExtractor({ ...rest, client: sender });
  }
}
