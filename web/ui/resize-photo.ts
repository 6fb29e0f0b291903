/**
 * A document photo made small on the phone before it travels: at most 1600 px on its longer side,
 * JPEG at 0.8 — a 4 MB camera picture becomes about 200 KB, still readable, and a 2G link sends
 * it in seconds instead of minutes. createImageBitmap applies the photo's own orientation.
 */
export async function resizePhoto(file: Blob, maxSide = 1600, quality = 0.8): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', quality);
}

/** The photo's bytes again (decoded here: the Content-Security-Policy rightly lets no fetch read a data: URL). */
export async function dataUrlBlob(dataUrl: string): Promise<Blob> {
  const [head, data] = dataUrl.split(',', 2) as [string, string];
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'image/jpeg';
  return new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type });
}
