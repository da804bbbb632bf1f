import { createHash } from 'node:crypto';
import sharp from 'sharp';

/**
 * Demo artwork: gradient cards with initials instead of photos, rendered the way processImage
 * renders an upload, so the demo's files look like real uploads to the rest of the app.
 */
export const COLOURS: Record<string, string> = {
  white: '#e7e5e4', black: '#1c1917', navy: '#1e3a8a', blue: '#2563eb', 'light blue': '#7dd3fc', sand: '#d6c3a1', olive: '#65733a',
  'heather grey': '#9ca3af', terracotta: '#c2410c', charcoal: '#374151', oatmeal: '#d9ccb4', mustard: '#ca8a04', forest: '#166534',
  'speckled white': '#e7e5e4', sage: '#8fa98a', stone: '#a8a29e', 'awesome navy': '#1e3a8a', 'awesome lilac': '#a78bfa',
  'midnight black': '#111827', 'ocean teal': '#0f766e', gold: '#b8860b', silver: '#9ca3af', 'rose gold': '#d4a5a5',
  'ruby red': '#9f1239', 'nude blush': '#e8b4a6', 'midnight blue': '#1e1b4b', 'pearl white': '#f1f5f9', rosewood: '#9d4b5b',
  berry: '#7e1d4b', coral: '#f97362',
};

export const hash = (text: string) => createHash('sha1').update(text).digest().readUInt32BE(0);
export const hue = (text: string) => `hsl(${hash(text) % 360} 55% 45%)`;
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const initials = (name: string) =>
  name.replace(/[-'’]/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');

/** A gradient card with the product's initials and a caption, as PNG bytes. */
export function artwork(width: number, height: number, title: string, caption: string, from: string, to: string) {
  const big = Math.round(Math.min(width, height) * 0.32);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.78}" cy="${height * 0.2}" r="${big * 0.9}" fill="#ffffff" fill-opacity="0.12"/>
    <circle cx="${width / 2}" cy="${height * 0.46}" r="${big * 0.95}" fill="#000000" fill-opacity="0.22"/>
    <text x="50%" y="${height * 0.46 + big * 0.35}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${big}" fill="#ffffff">${xml(initials(title))}</text>
    <text x="50%" y="${height * 0.86}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(big * 0.16)}" fill="#ffffff">${xml(caption)}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
}

/**
 * What processImage makes of an upload: a WebP display copy (at most `maxSize`) and a 400 px
 * thumbnail, at the same quality. Encoder effort 2 instead of the default 4 makes the seed
 * about three times faster for files a few per cent larger.
 */
export async function renditions(png: Buffer, maxSize = 2000) {
  const render = async (size: number) => {
    const { data, info } = await sharp(png).resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82, effort: 2 }).toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  };
  const [full, thumbnail] = await Promise.all([render(maxSize), render(400)]);
  return { full, thumbnail };
}
