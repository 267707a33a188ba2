import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { drawableText, glyphCoverage, type GlyphCoverage } from '@/lib/og/glyph-coverage';
import { OG_SIZE } from '@/lib/og/meta';
import { appUrl, shop } from '@/lib/site';

/**
 * The Open Graph / X card images (PNG, 1200×630) of the home page, categories and workflows, drawn by
 * next/og with Geist from node_modules (Latin and Vietnamese; nothing is downloaded while rendering:
 * text the font cannot draw, such as emoji, is left out). The `opengraph-image.tsx` routes call it through
 * server/og-cards.ts, with the words of lib/og/card-text.ts; the page metadata (app/(shop)/_views, both
 * variants) names their URLs, one per language (lib/og/meta.ts).
 */

type Fonts = { regular: Buffer; bold: Buffer; covers: GlyphCoverage };

const FONT_DIR = path.join(process.cwd(), 'node_modules', 'geist', 'dist', 'fonts', 'geist-sans');
let fonts: Promise<Fonts> | undefined;

function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'Geist-Regular.ttf')),
    readFile(path.join(FONT_DIR, 'Geist-Bold.ttf')),
  ]).then(([regular, bold]) => ({ regular, bold, covers: glyphCoverage(bold) }));
  return fonts;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export type OgCard = {
  /** The small line above the title (a kind, categories). */
  eyebrow: string;
  title: string;
  description?: string;
};

/** The card as a PNG response; it may be cached by browsers for an hour at most, so a new title shows soon. */
export async function ogImage(card: OgCard): Promise<ImageResponse> {
  const { regular, bold, covers } = await loadFonts();
  const text = (value: string, max: number) => clip(drawableText(value, covers), max);
  const host = new URL(appUrl()).host;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        color: '#ffffff',
        backgroundImage: 'linear-gradient(135deg, #1f57d1 0%, #1a45a6 100%)',
        fontFamily: 'Geist',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 30, color: '#d9eaff', display: 'flex' }}>{text(card.eyebrow, 80)}</div>
        <div style={{ marginTop: 24, fontSize: 68, fontWeight: 700, lineHeight: 1.1, display: 'flex' }}>
          {text(card.title, 90)}
        </div>
        {card.description ? (
          <div style={{ marginTop: 28, fontSize: 32, lineHeight: 1.35, color: '#eef6ff', display: 'flex' }}>
            {text(card.description, 160)}
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#d9eaff' }}>
        <span style={{ fontWeight: 700, color: '#ffffff' }}>{text(shop().name, 60)}</span>
        <span>{text(host, 60)}</span>
      </div>
    </div>,
    {
      ...OG_SIZE,
      fonts: [
        { name: 'Geist', data: regular, weight: 400, style: 'normal' },
        { name: 'Geist', data: bold, weight: 700, style: 'normal' },
      ],
      headers: { 'Cache-Control': 'public, max-age=3600' },
    },
  );
}
