/** QR codes from the camera (the browser's BarcodeDetector where it has one) or from a photo (jsQR, loaded only then). */
interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

const nativeDetector = (): Detector | undefined => {
  const Ctor = (globalThis as unknown as { BarcodeDetector?: new (o: object) => Detector }).BarcodeDetector;
  return Ctor ? new Ctor({ formats: ['qr_code'] }) : undefined;
};

export const canScanLive = () => Boolean(nativeDetector() && navigator.mediaDevices?.getUserMedia);

/** Watches the camera until a QR code is seen; stop() ends it. */
export async function scanCamera(video: HTMLVideoElement, found: (text: string) => void): Promise<() => void> {
  const detector = nativeDetector()!;
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  video.srcObject = stream;
  await video.play();
  let running = true;
  const stop = () => {
    running = false;
    stream.getTracks().forEach((t) => t.stop());
  };
  const tick = async () => {
    if (!running) return;
    const codes = await detector.detect(video).catch(() => []);
    if (codes[0]) {
      stop();
      found(codes[0].rawValue);
    } else setTimeout(() => void tick(), 250);
  };
  void tick();
  return stop;
}

export async function decodePhoto(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  const native = nativeDetector();
  if (native) {
    const codes = await native.detect(bitmap).catch(() => []);
    if (codes[0]) return codes[0].rawValue;
  }
  const scale = Math.min(1, 1200 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  return jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)?.data;
}
