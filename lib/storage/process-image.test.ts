import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { IMAGE_MAX_BYTES } from './image-limits';
import { processImage } from './process-image';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3366cc' } }).png().toBuffer().then((b) => new Uint8Array(b));

describe('processImage', () => {
  it('writes a bounded WebP copy and a thumbnail, keeping the aspect ratio', async () => {
    const out = await processImage(await png(3000, 1500));
    expect(out.ext).toBe('webp');
    expect([out.full.width, out.full.height]).toEqual([2000, 1000]);
    expect([out.thumbnail.width, out.thumbnail.height]).toEqual([400, 200]);
    expect((await sharp(out.thumbnail.bytes).metadata()).format).toBe('webp');
  });

  it('never enlarges a small image', async () => {
    const out = await processImage(await png(120, 80));
    expect([out.full.width, out.thumbnail.width]).toEqual([120, 120]);
  });

  it('refuses what is not a raster image, with a message on the field', async () => {
    const text = new TextEncoder().encode('hello, not an image');
    await expect(processImage(text, { field: 'files' })).rejects.toMatchObject({ fieldErrors: { files: ['Upload a PNG, JPEG, WebP or GIF image.'] } });
    await expect(processImage(new TextEncoder().encode('<svg onload="x"/>'))).rejects.toThrow(/SVG files are not accepted/);
    const broken = (await png(50, 50)).slice(0, 60);
    await expect(processImage(broken)).rejects.toThrow(/could not be read/);
    await expect(processImage(new Uint8Array(IMAGE_MAX_BYTES + 1))).rejects.toThrow(/at most 10 MB/);
  });
});
