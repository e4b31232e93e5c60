// A ReportSource over objects held in memory, for pipeline tests that need no S3: a deleted object answers as S3
// does for a vanished one (SourceMissingError).
import {
  type ObjectRef,
  type ReportObject,
  type ReportSource,
  SourceMissingError,
} from '../../shared/ports/report-source.ts';

export class MemorySource implements ReportSource {
  private readonly objects = new Map<string, ReportObject>();

  constructor(private readonly bucket = 'reports') {}

  put(key: string, content: string | Uint8Array, metadata: Record<string, string> = {}): ObjectRef {
    const body = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const etag = `etag-${key}`;
    this.objects.set(key, {
      bucket: this.bucket,
      key,
      body,
      size: body.length,
      etag,
      contentType: 'text/plain',
      metadata,
    });
    return { bucket: this.bucket, key, etag };
  }

  delete(key: string): void {
    this.objects.delete(key);
  }

  async head(ref: ObjectRef): Promise<Omit<ReportObject, 'body'>> {
    const { body: _body, ...head } = await this.get(ref);
    return head;
  }

  async get(ref: ObjectRef): Promise<ReportObject> {
    const object = this.objects.get(ref.key);
    if (!object) throw new SourceMissingError(`s3://${ref.bucket}/${ref.key} no longer exists`);
    return object;
  }
}
