/**
 * The invoice PDF's typeface: Be Vietnam Pro (SIL Open Font License 1.1), read from its npm package
 * (@expo-google-fonts/be-vietnam-pro ships the TrueType files) and embedded as a subset of the glyphs the
 * invoice uses, so Vietnamese ("Nguyễn Văn An", "₫") prints as written. The files are read from
 * node_modules under the working directory: `next build` copies them into .next/standalone
 * (outputFileTracingIncludes in next.config.mjs).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const INVOICE_FONT_FILES = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  bold: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
} as const;

let loaded: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The two weights' bytes, read once per process. */
export function invoiceFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  loaded ??= (async () => {
    const dir = join(process.cwd(), 'node_modules', '@expo-google-fonts', 'be-vietnam-pro');
    const [regular, bold] = await Promise.all([
      readFile(join(dir, INVOICE_FONT_FILES.regular)),
      readFile(join(dir, INVOICE_FONT_FILES.bold)),
    ]);
    return { regular, bold };
  })().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
