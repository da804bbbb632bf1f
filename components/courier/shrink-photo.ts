/**
 * Client-only: a phone photo scaled down before it is sent (a 12-megapixel JPEG is several MB on
 * a slow connection; the server keeps at most 1600 px anyway). Falls back to the original file.
 */
export async function shrinkPhoto(file: File, maxSize = 1600): Promise<File> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxSize / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 1_500_000) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ? new File([blob], 'proof.jpg', { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}
