import sharp from 'sharp';
import { prng } from './prng';
import type { DemoPhoto } from './demo-data';

const WIDTH = 960;
const HEIGHT = 720;

function scene(photo: DemoPhoto): string {
  // The same seed draws the same picture on every run.
  const r = prng(photo.seed);
  const between = (lo: number, hi: number) => Math.round(lo + r() * (hi - lo));
  const grey = () => `rgb(${between(40, 220)},${between(40, 220)},${between(40, 220)})`;
  const shapes: string[] = [];
  // A background of a few large blocks, different for each seed, so that unrelated photos hash apart.
  for (let i = 0; i < 6; i++)
    shapes.push(`<rect x="${between(-200, WIDTH)}" y="${between(-200, HEIGHT)}" width="${between(150, 600)}" height="${between(150, 500)}" fill="${grey()}"/>`);
  if (photo.scene === 'portrait') {
    const x = between(300, 660);
    shapes.push(
      `<circle cx="${x}" cy="300" r="${between(100, 140)}" fill="rgb(217,195,160)"/>`,
      `<rect x="${x - 190}" y="430" width="380" height="320" rx="90" fill="rgb(47,62,78)"/>`,
    );
  } else if (photo.scene === 'crowd') {
    for (let i = 0; i < 24; i++) {
      const x = between(30, WIDTH - 30);
      const y = between(250, HEIGHT - 60);
      shapes.push(
        `<circle cx="${x}" cy="${y}" r="${between(25, 45)}" fill="${grey()}"/><rect x="${x - 40}" y="${y + 35}" width="80" height="140" rx="30" fill="${grey()}"/>`,
      );
    }
  } else {
    shapes.push(`<rect x="0" y="${between(80, 200)}" width="${WIDTH}" height="500" fill="rgb(120,110,100)"/>`);
    for (let x = between(60, 120); x < WIDTH; x += between(70, 140))
      shapes.push(`<rect x="${x}" y="150" width="${between(18, 40)}" height="520" fill="rgb(30,30,35)"/>`);
  }
  const banner =
    `<rect x="0" y="${HEIGHT - 80}" width="${WIDTH}" height="80" fill="rgb(0,0,0)" fill-opacity="0.6"/>` +
    `<text x="${WIDTH / 2}" y="${HEIGHT - 28}" font-family="sans-serif" font-size="38" fill="white" text-anchor="middle">DEMO · synthetic photo · صورة تجريبية</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="${grey()}"/>${shapes.join('')}${banner}</svg>`;
}

/** A JPEG of the photo; a re-post (copyOf) is the same picture made smaller and recompressed. */
export async function renderDemoPhoto(photo: DemoPhoto): Promise<Buffer> {
  const picture = sharp(Buffer.from(scene(photo)));
  if (photo.copyOf)
    return picture
      .resize(Math.round(WIDTH * 0.7))
      .jpeg({ quality: 55 })
      .toBuffer();
  return picture.jpeg({ quality: 85 }).toBuffer();
}
