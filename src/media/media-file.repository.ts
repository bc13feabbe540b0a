import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import mongoose, { Connection } from 'mongoose';
import type { Readable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { S3FileStore } from './s3-file-store';

/** Ids of files in the object store carry this prefix; GridFS ids are ObjectIds. */
const S3_PREFIX = 's3:';

/**
 * Image bytes: originals (kept as evidence) and thumbnails. New files go to the configured
 * store (MEDIA_STORE: GridFS in MongoDB, or an S3-compatible store); files are read from
 * wherever their id says, so media stored before a switch stay readable.
 */
@Injectable()
export class MediaFileRepository implements OnApplicationShutdown {
  private bucketInstance: mongoose.mongo.GridFSBucket | null = null;
  private readonly s3: S3FileStore | null;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.s3 = config.media.s3 ? new S3FileStore(config.media.s3) : null;
    this.useS3 = config.media.store === 's3';
  }

  private readonly useS3: boolean;

  async save(filename: string, bytes: Buffer, contentType: string): Promise<string> {
    if (this.useS3 && this.s3) return S3_PREFIX + (await this.s3.save(filename, bytes, contentType));
    const upload = this.bucket().openUploadStream(filename, { metadata: { contentType } });
    await new Promise<void>((resolve, reject) => {
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(bytes);
    });
    return String(upload.id);
  }

  openDownload(id: string): Readable {
    if (id.startsWith(S3_PREFIX)) {
      if (!this.s3) throw new Error('this file is in the S3 store, which is not configured (S3_ENDPOINT, S3_BUCKET…)');
      return this.s3.openDownload(id.slice(S3_PREFIX.length));
    }
    return this.bucket().openDownloadStream(new mongoose.Types.ObjectId(id));
  }

  onApplicationShutdown(): void {
    this.s3?.close();
  }

  async read(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.openDownload(id)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  private bucket(): mongoose.mongo.GridFSBucket {
    if (!this.bucketInstance) {
      const db = this.connection.db;
      if (!db) throw new Error('MongoDB is not connected');
      this.bucketInstance = new mongoose.mongo.GridFSBucket(db, { bucketName: 'media_files' });
    }
    return this.bucketInstance;
  }
}
