import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Image bytes in an S3-compatible object store (MinIO in docker-compose, or any S3): an
 * alternative to GridFS when media outgrow the database. The store is infrastructure the
 * operator configures, like MongoDB and Redis, not a collected source: it is reached directly.
 */
export class S3FileStore {
  private readonly client: S3Client;
  private ready: Promise<void> | null = null;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: true,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  /** Stores the bytes under a new key; the key is the file's id. */
  async save(filename: string, bytes: Buffer, contentType: string): Promise<string> {
    await this.ensureBucket();
    const key = `${randomBytes(8).toString('hex')}/${filename.replace(/[^\w.-]/g, '_')}`;
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
    );
    return key;
  }

  openDownload(key: string): Readable {
    const out = new PassThrough();
    this.client
      .send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }))
      .then((res) => {
        if (!res.Body) throw new Error(`object ${key} has no body`);
        (res.Body as Readable).on('error', (err) => out.destroy(err)).pipe(out);
      })
      .catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
    return out;
  }

  close(): void {
    this.client.destroy();
  }

  private ensureBucket(): Promise<void> {
    this.ready ??= (async () => {
      try {
        await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
      } catch {
        await this.client.send(new CreateBucketCommand({ Bucket: this.settings.bucket }));
      }
    })().catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }
}
