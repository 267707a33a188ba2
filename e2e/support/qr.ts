import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG screenshot (jsQR decodes the pixels, as a phone camera would). */
export function decodeQrPng(png: Buffer): string {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!code) throw new Error(`No QR code found in the ${image.width}×${image.height} screenshot`);
  return code.data;
}
