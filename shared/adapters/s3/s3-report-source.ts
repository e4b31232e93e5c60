import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type ObjectRef, type ReportObject, type ReportSource, SourceMissingError } from '../../ports/report-source.ts';
import { decodeMetadata } from './metadata-encoding.ts';

/** S3 returns ETags quoted; S3 event records carry them bare. Use the bare form everywhere. */
export function bareEtag(etag: string | undefined): string | undefined {
  return etag?.replace(/^"(.*)"$/, '$1');
}

/**
 * Reads reports from S3 (or s3rver locally). `head` gives size and metadata without downloading; `get` fetches
 * the bytes. Both report the object's *current* etag/versionId: when it differs from the event's, the object
 * was overwritten after the event (a newer event follows); deciding what to do about that is the pipeline's.
 */
export class S3ReportSource implements ReportSource {
  constructor(private readonly client: S3Client) {}

  async head(ref: ObjectRef): Promise<Omit<ReportObject, 'body'>> {
    const out = await this.client
      .send(new HeadObjectCommand(objectInput(ref)))
      .catch((error: unknown) => rethrowMissing(error, ref));
    return { ...described(ref, out), size: out.ContentLength ?? 0 };
  }

  async get(ref: ObjectRef): Promise<ReportObject> {
    const out = await this.client
      .send(new GetObjectCommand(objectInput(ref)))
      .catch((error: unknown) => rethrowMissing(error, ref));
    if (!out.Body) throw new Error(`S3 returned no body for s3://${ref.bucket}/${ref.key}`);
    const body = await out.Body.transformToByteArray();
    return { ...described(ref, out), body, size: body.byteLength };
  }
}

/** The object an event names, at the version it names when it names one. */
function objectInput(ref: ObjectRef): { Bucket: string; Key: string; VersionId?: string } {
  return { Bucket: ref.bucket, Key: ref.key, ...(ref.versionId ? { VersionId: ref.versionId } : {}) };
}

/** What HEAD and GET both answer about the object: its current etag and version, type and metadata. */
function described(
  ref: ObjectRef,
  out: { ETag?: string; VersionId?: string; ContentType?: string; Metadata?: Record<string, string> },
): Omit<ReportObject, 'body' | 'size'> {
  const etag = bareEtag(out.ETag);
  return {
    bucket: ref.bucket,
    key: ref.key,
    ...(etag ? { etag } : {}),
    ...(out.VersionId ? { versionId: out.VersionId } : {}),
    ...(out.ContentType ? { contentType: out.ContentType } : {}),
    metadata: decodeMetadata(out.Metadata),
  };
}

/** A 404 (NoSuchKey, NotFound, NoSuchVersion) means the object is gone; anything else is passed on. */
function rethrowMissing(error: unknown, ref: ObjectRef): never {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (e?.$metadata?.httpStatusCode === 404 || ['NoSuchKey', 'NotFound', 'NoSuchVersion'].includes(e?.name ?? ''))
    throw new SourceMissingError(`s3://${ref.bucket}/${ref.key} no longer exists`, { cause: error });
  throw error;
}
