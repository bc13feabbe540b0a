import type { NextFunction, Request, Response } from 'express';

/** A photo brought for a search: read into memory only (never to disk), and capped in size. */
export interface PhotoUploadRequest extends Request {
  uploadedPhoto?: Buffer;
  uploadError?: 'too-large' | 'malformed';
}

interface MulterInstance {
  single(field: string): (req: Request, res: Response, done: (err?: unknown) => void) => void;
}
// multer ships without types; this is the part used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require('multer') as ((options: object) => MulterInstance) & { memoryStorage(): unknown };

/**
 * Reads the photo of a search before the guard runs, so that a dashboard form's CSRF field (sent
 * before the file) is in req.body when the guard checks it. Takes a multipart form (field `photo`)
 * or a raw image body (Content-Type image/*). A refusal is left on the request for the route to
 * answer once the caller is known to be allowed. Nothing is read for a caller who is not signed in
 * with a role that may search faces: the guard then refuses them before the body is looked at.
 */
export function photoUpload(maxBytes: number, mayUpload: (req: Request) => Promise<boolean>) {
  const multipart = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 6, fieldSize: 4000, parts: 8 } }).single('photo');
  const read = (req: PhotoUploadRequest, res: Response, next: NextFunction): void => {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type === 'multipart/form-data') {
      multipart(req, res, (err) => {
        const file = (req as { file?: { buffer: Buffer } }).file;
        if (err) req.uploadError = (err as { code?: string }).code === 'LIMIT_FILE_SIZE' ? 'too-large' : 'malformed';
        else if (file) req.uploadedPhoto = file.buffer;
        next();
      });
      return;
    }
    if (!type.startsWith('image/')) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.uploadError = 'too-large';
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!req.uploadError) req.uploadedPhoto = Buffer.concat(chunks);
      next();
    });
    req.on('error', () => {
      req.uploadError = 'malformed';
      next();
    });
  };
  return (req: PhotoUploadRequest, res: Response, next: NextFunction): void => {
    mayUpload(req).then(
      (allowed) => (allowed ? read(req, res, next) : next()),
      (error: unknown) => next(error),
    );
  };
}
