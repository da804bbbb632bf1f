import { describe, expect, it } from 'vitest';
import { checkImageFiles, planUploadBatches } from './upload-plan';

const MB = 1024 * 1024;
const file = (name: string, size: number, type = 'image/png') => ({ name, size, type });

describe('checkImageFiles', () => {
  it('names every file that is not an image, empty or too large, and counts the room left', () => {
    expect(checkImageFiles([file('a.png', MB), file('b.JPG', MB, '')], 0)).toEqual([]);
    expect(checkImageFiles([file('notes.txt', 10, 'text/plain'), file('logo.svg', 10, 'image/svg+xml'), file('big.jpg', 11 * MB, 'image/jpeg'), file('zero.png', 0)], 0)).toEqual([
      'notes.txt is not a PNG, JPEG, WebP or GIF image.',
      'logo.svg is not a PNG, JPEG, WebP or GIF image.',
      'big.jpg is 11 MB; images can be at most 10 MB.',
      'zero.png is empty.',
    ]);
    expect(checkImageFiles([file('a.png', 1), file('b.png', 1)], 19)).toEqual(['You chose 2 images but there is room for 1 more (20 at most).']);
    expect(checkImageFiles([file('a.png', 1)], 20)[0]).toMatch(/already has 20 images/);
  });
});

describe('planUploadBatches', () => {
  it('keeps each request within 10 files and the 12 MB body limit, in order', () => {
    const many = Array.from({ length: 23 }, (_, i) => file(`${i}.png`, 100));
    expect(planUploadBatches(many).map((b) => b.length)).toEqual([10, 10, 3]);
    const heavy = [file('a', 5 * MB), file('b', 5 * MB), file('c', 5 * MB), file('d', 9.9 * MB), file('e', 1)];
    expect(planUploadBatches(heavy).map((b) => b.map((f) => f.name))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(planUploadBatches([])).toEqual([]);
  });
});
