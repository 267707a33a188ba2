import { getTranslations } from 'next-intl/server';
import type { Canvas, CanvasNode } from '@/lib/workflows/canvas';
import { cn } from '@/lib/cn';
import { CanvasViewport } from './canvas-viewport';

const FILL: Record<CanvasNode['kind'], string> = {
  trigger: 'fill-brand-50 stroke-brand-500',
  step: 'fill-surface stroke-muted',
  sub: 'fill-canvas stroke-line',
  community: 'fill-amber-50 stroke-warning',
};

/**
 * The workflow's canvas as a server-rendered SVG (names and wiring only, never parameters), fitted to the
 * whole graph. CanvasViewport, the client leaf, adds zoom and pan. Each node is focusable: hovering or
 * focusing it shows its whole name above the box when the box shows it cut.
 */
export async function WorkflowCanvas({ canvas, title }: { canvas: Canvas; title: string }) {
  const t = await getTranslations('workflow');
  if (canvas.nodes.length === 0) return <p className="text-sm text-muted">{t('canvasEmpty')}</p>;
  const caption = (n: CanvasNode) => (n.kind === 'community' ? `${n.caption} · ${t('canvasCommunity')}` : n.caption);
  return (
    <CanvasViewport
      fit={{ x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height }}
      labels={{
        region: t('canvasRegion'),
        help: t('canvasHelp'),
        graph: t('canvasGraph', { title, count: canvas.nodes.length }),
        zoomIn: t('canvasZoomIn'),
        zoomOut: t('canvasZoomOut'),
        fit: t('canvasFit'),
      }}
    >
      <defs>
        <marker
          id="canvas-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="fill-muted" />
        </marker>
      </defs>
      {canvas.edges.map((e) => (
        <path
          key={e.key}
          d={e.path}
          fill="none"
          className={e.kind === 'main' ? 'stroke-muted' : 'stroke-muted/60'}
          strokeWidth={1.5}
          strokeDasharray={e.kind === 'sub' ? '4 4' : undefined}
          markerEnd={e.kind === 'main' ? 'url(#canvas-arrow)' : undefined}
        />
      ))}
      {canvas.nodes.map((n) => (
        <g
          key={n.key}
          role="img"
          aria-label={`${n.label} (${caption(n)})`}
          tabIndex={0}
          data-canvas-node=""
          transform={`translate(${n.x} ${n.y})`}
          className="group outline-none"
        >
          <title>{n.label}</title>
          <rect
            width={n.width}
            height={n.height}
            rx={n.kind === 'sub' ? 28 : 10}
            strokeWidth={1.5}
            className={cn(FILL[n.kind], 'group-focus-visible:stroke-brand-600 group-focus-visible:[stroke-width:3]')}
          />
          <text x={n.width / 2} y={24} textAnchor="middle" className="fill-ink text-[12px] font-medium">
            {n.shortLabel}
          </text>
          <text x={n.width / 2} y={41} textAnchor="middle" className="fill-muted text-[10px]">
            {caption(n)}
          </text>
          {n.shortLabel === n.label ? null : (
            // The whole name, above the box, on a white halo: shown on hover and on keyboard focus.
            <text
              x={n.width / 2}
              y={-8}
              textAnchor="middle"
              strokeWidth={6}
              strokeLinejoin="round"
              data-full-label=""
              className="invisible fill-ink stroke-white text-[12px] font-medium [paint-order:stroke] group-hover:visible group-focus:visible"
            >
              {n.label}
            </text>
          )}
        </g>
      ))}
    </CanvasViewport>
  );
}
