/**
 * `npx tsx scripts/generate-covers.ts`: writes the demo workflows' cover images (public/covers/<slug>.svg,
 * and <slug>-2.svg for those with a gallery image) plus public/logo.svg. Deterministic: the drawing comes
 * from the workflow's own n8n node layout and its category's colours. The output is committed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasGalleryImage, seedCategories, seedWorkflows, slugify, type SeedWorkflow } from '../db/seed/content';
import { buildWorkflowDefinition, type N8nWorkflow } from '../db/seed/n8n';

const W = 1200;
const H = 675;
const FONT = 'ui-sans-serif, system-ui, sans-serif';
const publicDir = path.join(process.cwd(), 'public');
const coversDir = path.join(publicDir, 'covers');

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Greedy word wrap; the last line gets an ellipsis when the text does not fit. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  return kept;
}

const r = (n: number) => Math.round(n);

/** The workflow's nodes and connectors, scaled into the box [x, y, w, h]. */
function graph(def: N8nWorkflow, [bx, by, bw, bh]: number[], radius: number, labels: boolean): string {
  const xs = def.nodes.map((n) => n.position[0]);
  const ys = def.nodes.map((n) => n.position[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(bw! / Math.max(maxX - minX, 1), bh! / Math.max(maxY - minY, 1), labels ? 1.1 : 0.9);
  const ox = bx! + (bw! - (maxX - minX) * scale) / 2;
  const oy = by! + (bh! - (maxY - minY) * scale) / 2;
  const at = new Map(
    def.nodes.map((n) => [n.name, [r(ox + (n.position[0] - minX) * scale), r(oy + (n.position[1] - minY) * scale)]]),
  );
  const paths: string[] = [];
  for (const [from, outputs] of Object.entries(def.connections)) {
    for (const [kind, groups] of Object.entries(outputs)) {
      for (const target of groups.flat()) {
        const [x1, y1] = at.get(from)!;
        const [x2, y2] = at.get(target.node)!;
        const d =
          kind === 'main'
            ? `M${x1! + radius} ${y1}C${r((x1! + x2!) / 2)} ${y1} ${r((x1! + x2!) / 2)} ${y2} ${x2! - radius} ${y2}`
            : `M${x1} ${y1! - radius}C${x1} ${r((y1! + y2!) / 2)} ${x2} ${r((y1! + y2!) / 2)} ${x2} ${y2! + radius}`;
        paths.push(`<path d="${d}"${kind === 'main' ? '' : ' stroke-dasharray="6 6"'}/>`);
      }
    }
  }
  const texts: string[] = [];
  const nodes = def.nodes.map((n) => {
    const [x, y] = at.get(n.name)!;
    const trigger = /trigger|webhook|form/i.test(n.type);
    if (labels) {
      const name = n.name.length > 20 ? `${n.name.slice(0, 19)}…` : n.name;
      texts.push(`<text x="${x}" y="${y! + radius + 28}">${escapeXml(name)}</text>`);
    }
    return `<circle cx="${x}" cy="${y}" r="${radius}"${trigger ? ' class="t"' : ''}/><circle cx="${x}" cy="${y}" r="${r(radius / 3)}" class="i"/>`;
  });
  return (
    `<g fill="none" stroke="#fff" stroke-opacity=".75" stroke-width="4">${paths.join('')}</g>` +
    `<g fill="#fff" fill-opacity=".2" stroke="#fff" stroke-width="3">${nodes.join('')}</g>` +
    (texts.length > 0 ? `<g font-size="17" text-anchor="middle">${texts.join('')}</g>` : '')
  );
}

function pills(apps: string[], x: number, y: number): string {
  let cursor = x;
  const shapes: string[] = [];
  const labels: string[] = [];
  for (const app of apps) {
    const w = r(app.length * 11 + 36);
    shapes.push(`<rect x="${cursor}" y="${y}" width="${w}" height="40" rx="20"/>`);
    labels.push(`<text x="${cursor + w / 2}" y="${y + 27}">${escapeXml(app)}</text>`);
    cursor += w + 12;
  }
  return `<g fill="#fff" fill-opacity=".2">${shapes.join('')}</g><g font-size="19" font-weight="600" text-anchor="middle">${labels.join('')}</g>`;
}

function frame(colors: readonly [string, string], body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/></linearGradient><pattern id="d" width="30" height="30" patternUnits="userSpaceOnUse"><circle cx="2" cy="2" r="1.6" fill="#fff" fill-opacity=".14"/></pattern><style>.t{fill-opacity:.35}.i{fill:#fff;fill-opacity:.9;stroke:none}text{fill:#fff;stroke:none}</style></defs><rect width="${W}" height="${H}" fill="url(#g)"/><rect width="${W}" height="${H}" fill="url(#d)"/>${body}</svg>\n`;
}

function coverSvg(w: SeedWorkflow, def: N8nWorkflow, category: string, colors: readonly [string, string]): string {
  const long = w.title.length > 60;
  const size = long ? 46 : 54;
  const lines = wrap(w.title, long ? 24 : 20, 3);
  const top = 300 - ((lines.length - 1) * size * 1.18) / 2;
  const title = lines.map((l, i) => `<text x="72" y="${r(top + i * size * 1.18)}">${escapeXml(l)}</text>`).join('');
  return frame(
    colors,
    `<text x="72" y="104" font-size="22" font-weight="600" letter-spacing="4" opacity=".85">${escapeXml(category.toUpperCase())}</text>` +
      `<g font-size="${size}" font-weight="700">${title}</g>` +
      pills(w.apps.slice(0, 4), 72, 548) +
      graph(def, [830, 150, 300, 380], 30, false) +
      `<text x="1128" y="628" font-size="18" text-anchor="end" opacity=".8">n8n template · USITech</text>`,
  );
}

function diagramSvg(w: SeedWorkflow, def: N8nWorkflow, colors: readonly [string, string]): string {
  const [line] = wrap(w.title, 60, 1);
  return frame(
    colors,
    `<text x="72" y="96" font-size="34" font-weight="700">${escapeXml(line ?? '')}</text>` +
      `<text x="72" y="136" font-size="20" opacity=".85">${def.nodes.length} nodes · ${escapeXml(w.apps.join(' · '))}</text>` +
      graph(def, [110, 220, 980, 300], 36, true),
  );
}

function logoSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><defs><linearGradient id="l" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2563eb"/><stop offset="1" stop-color="#7c3aed"/></linearGradient></defs><rect width="32" height="32" rx="8" fill="url(#l)"/><path d="M9 9v8a7 7 0 0 0 14 0V9" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/><circle cx="9" cy="9" r="3" fill="#fff"/><circle cx="23" cy="9" r="3" fill="#fff"/></svg>\n`;
}

function main() {
  mkdirSync(coversDir, { recursive: true });
  const written = new Set<string>();
  const write = (file: string, svg: string) => {
    const bytes = Buffer.byteLength(svg);
    if (bytes > 6144) throw new Error(`${file} is ${bytes} bytes; keep covers under 6 KB`);
    writeFileSync(path.join(coversDir, file), svg);
    written.add(file);
  };
  seedWorkflows.forEach((w, i) => {
    const slug = slugify(w.title);
    const category = seedCategories.find((c) => c.slug === w.cats[0]);
    if (!category) throw new Error(`${slug}: unknown category ${w.cats[0]}`);
    const def = buildWorkflowDefinition(w, slug);
    write(`${slug}.svg`, coverSvg(w, def, category.name, category.colors));
    if (hasGalleryImage(i)) write(`${slug}-2.svg`, diagramSvg(w, def, category.colors));
  });
  // The folder only holds generated covers: drop those of renamed or removed workflows.
  for (const file of readdirSync(coversDir)) {
    if (file.endsWith('.svg') && !written.has(file)) rmSync(path.join(coversDir, file));
  }
  writeFileSync(path.join(publicDir, 'logo.svg'), logoSvg());
  console.log(`Wrote ${written.size} covers to public/covers and public/logo.svg.`);
}

main();
