import type { Canvas, CanvasNode } from '@/lib/workflows/canvas';

const FILL: Record<CanvasNode['kind'], string> = {
  trigger: 'fill-brand-50 stroke-brand-500',
  step: 'fill-surface stroke-muted',
  sub: 'fill-canvas stroke-line',
  community: 'fill-amber-50 stroke-warning',
};

/** The workflow's canvas as a server-rendered SVG: names and wiring only, never parameters. */
export function WorkflowCanvas({ canvas, title }: { canvas: Canvas; title: string }) {
  if (canvas.nodes.length === 0) return <p className="text-sm text-muted">No canvas preview for this workflow.</p>;
  return (
    // Wider than a phone: the box scrolls, so it takes keyboard focus (arrow keys scroll it), named by the canvas.
    <div
      role="region"
      aria-labelledby="canvas-title"
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-line bg-[radial-gradient(circle,_#e2e8f0_1px,_transparent_1px)] [background-size:16px_16px]"
    >
      <svg
        role="img"
        aria-labelledby="canvas-title"
        viewBox={`0 0 ${canvas.width} ${canvas.height}`}
        width={canvas.width}
        height={canvas.height}
        className="mx-auto block max-w-none"
      >
        <title id="canvas-title">{`Canvas of “${title}”: ${canvas.nodes.length} nodes`}</title>
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
          <g key={n.key} transform={`translate(${n.x} ${n.y})`}>
            <rect
              width={n.width}
              height={n.height}
              rx={n.kind === 'sub' ? 28 : 10}
              strokeWidth={1.5}
              className={FILL[n.kind]}
            />
            <text x={n.width / 2} y={24} textAnchor="middle" className="fill-ink text-[12px] font-medium">
              {n.label}
            </text>
            <text x={n.width / 2} y={41} textAnchor="middle" className="fill-muted text-[10px]">
              {n.kind === 'community' ? `${n.caption} · community` : n.caption}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
