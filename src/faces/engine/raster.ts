import sharp from 'sharp';

/** An upright RGB image in memory: 3 bytes a pixel, rows top to bottom. */
export interface Raster {
  data: Buffer;
  width: number;
  height: number;
}

export interface DecodedImage {
  raster: Raster;
  /** Size of the upright (EXIF-rotated) original; the raster may be smaller. */
  width: number;
  height: number;
}

export class FaceImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaceImageError';
  }
}

const rawOf = (raster: Raster) => sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: 3 } });

/**
 * Decodes any image sharp reads, turns it upright from its EXIF orientation, flattens transparency
 * on white and shrinks it so its longest side is at most `maxSide`.
 */
export async function decodeUpright(image: Buffer, maxSide: number, maxPixels: number): Promise<DecodedImage> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(image, { limitInputPixels: maxPixels }).metadata();
  } catch (error) {
    throw new FaceImageError(`not a readable image: ${(error as Error).message}`);
  }
  if (!meta.width || !meta.height) throw new FaceImageError('image has no dimensions');
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = swapped ? meta.height : meta.width;
  const height = swapped ? meta.width : meta.height;
  try {
    const { data, info } = await sharp(image, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { raster: { data, width: info.width, height: info.height }, width, height };
  } catch (error) {
    throw new FaceImageError(`cannot decode image: ${(error as Error).message}`);
  }
}

/**
 * The square of side `side` centred on (cx, cy), turned by `angleDegrees` (clockwise) about its
 * centre, scaled to `outSize`². Parts outside the image are black.
 */
export async function squareCrop(raster: Raster, cx: number, cy: number, side: number, outSize: number, angleDegrees = 0): Promise<Raster> {
  // Cut a margin wide enough that the turned square still lies inside what was cut.
  const span = Math.ceil(
    angleDegrees === 0 ? side : side * (Math.abs(Math.cos((angleDegrees * Math.PI) / 180)) + Math.abs(Math.sin((angleDegrees * Math.PI) / 180))),
  );
  const left = Math.round(cx - span / 2);
  const top = Math.round(cy - span / 2);
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(raster.width, left + span);
  const y1 = Math.min(raster.height, top + span);
  if (x1 <= x0 || y1 <= y0) throw new FaceImageError('crop lies outside the image');
  const black = { r: 0, g: 0, b: 0 };
  let cut = await rawOf(raster)
    .extract({ left: x0, top: y0, width: x1 - x0, height: y1 - y0 })
    .extend({ left: x0 - left, top: y0 - top, right: left + span - x1, bottom: top + span - y1, background: black })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let current: Raster = { data: cut.data, width: cut.info.width, height: cut.info.height };
  if (angleDegrees !== 0) {
    cut = await rawOf(current).rotate(angleDegrees, { background: black }).raw().toBuffer({ resolveWithObject: true });
    current = { data: cut.data, width: cut.info.width, height: cut.info.height };
  }
  const inner = Math.min(Math.round(side), current.width, current.height);
  const { data, info } = await rawOf(current)
    .extract({ left: Math.floor((current.width - inner) / 2), top: Math.floor((current.height - inner) / 2), width: inner, height: inner })
    .resize(outSize, outSize, { kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A JPEG of the face and a margin around it, longest side `size`; sharp writes no metadata unless asked. */
export async function thumbnailJpeg(
  raster: Raster,
  box: { x: number; y: number; width: number; height: number },
  size: number,
  margin = 0.25,
): Promise<Buffer> {
  const x0 = Math.max(0, Math.floor(box.x - box.width * margin));
  const y0 = Math.max(0, Math.floor(box.y - box.height * margin));
  const x1 = Math.min(raster.width, Math.ceil(box.x + box.width * (1 + margin)));
  const y1 = Math.min(raster.height, Math.ceil(box.y + box.height * (1 + margin)));
  return rawOf(raster)
    .extract({ left: x0, top: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) })
    .resize(size, size, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer();
}
