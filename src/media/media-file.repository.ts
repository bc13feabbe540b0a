import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import mongoose, { Connection } from 'mongoose';
import type { Readable } from 'node:stream';

/** Image bytes in GridFS: originals (kept as evidence) and thumbnails. */
@Injectable()
export class MediaFileRepository {
  private bucketInstance: mongoose.mongo.GridFSBucket | null = null;

  constructor(@InjectConnection() private readonly connection: Connection) {}

  async save(filename: string, bytes: Buffer, contentType: string): Promise<string> {
    const upload = this.bucket().openUploadStream(filename, { metadata: { contentType } });
    await new Promise<void>((resolve, reject) => {
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(bytes);
    });
    return String(upload.id);
  }

  openDownload(id: string): Readable {
    return this.bucket().openDownloadStream(new mongoose.Types.ObjectId(id));
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
