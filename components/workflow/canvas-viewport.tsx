'use client';

import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { Button } from '@/components/ui/button';
import { PAN_STEP, panView, viewBoxAttr, ZOOM_STEP, zoomView, type ViewBox } from '@/lib/workflows/canvas-view';

export type CanvasViewportLabels = {
  /** The focusable region's name ("Workflow diagram"). */
  region: string;
  /** How to move around, read with the region's name. */
  help: string;
  /** The SVG's own name (what the graph is). */
  graph: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
};

const noSubscription = () => () => {};

/**
 * The canvas's SVG with zoom and pan: buttons, drag, ctrl + wheel (and pinch), and on focus the arrow keys,
 * + / − and 0. The server renders the graph (`children`) fitted into `fit`; without JavaScript it stays so
 * and the buttons, which could do nothing, are not shown.
 */
export function CanvasViewport({
  fit,
  labels,
  children,
}: {
  fit: ViewBox;
  labels: CanvasViewportLabels;
  children: ReactNode;
}) {
  const [view, setView] = useState(fit);
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ pointer: number; x: number; y: number; view: ViewBox } | null>(null);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const fitted = view.width === fit.width && view.height === fit.height && view.x === fit.x && view.y === fit.y;

  /** Canvas units per screen pixel (the SVG keeps its aspect ratio: the larger of the two ratios). */
  const unitsPerPixel = (v: ViewBox) => {
    const rect = svgRef.current?.getBoundingClientRect();
    return rect && rect.width > 0 && rect.height > 0 ? Math.max(v.width / rect.width, v.height / rect.height) : 1;
  };

  // ctrl + wheel (a trackpad pinch sends the same) zooms around the pointer. React's wheel listener is
  // passive, so it could not keep the page from zooming: a native one can.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      setView((v) => {
        const rect = svg.getBoundingClientRect();
        const scale = Math.max(v.width / rect.width, v.height / rect.height);
        const at = {
          x: v.x + v.width / 2 + (event.clientX - rect.left - rect.width / 2) * scale,
          y: v.y + v.height / 2 + (event.clientY - rect.top - rect.height / 2) * scale,
        };
        return zoomView(fit, v, Math.exp(-event.deltaY / 300), at);
      });
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [fit]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = (v: ViewBox): Partial<Record<string, () => ViewBox>> => ({
      ArrowLeft: () => panView(fit, v, -v.width * PAN_STEP, 0),
      ArrowRight: () => panView(fit, v, v.width * PAN_STEP, 0),
      ArrowUp: () => panView(fit, v, 0, -v.height * PAN_STEP),
      ArrowDown: () => panView(fit, v, 0, v.height * PAN_STEP),
      '+': () => zoomView(fit, v, ZOOM_STEP),
      '=': () => zoomView(fit, v, ZOOM_STEP),
      '-': () => zoomView(fit, v, 1 / ZOOM_STEP),
      '0': () => fit,
    });
    if (!step(view)[event.key]) return;
    event.preventDefault();
    setView((v) => step(v)[event.key]?.() ?? v);
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY, view };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start || start.pointer !== event.pointerId) return;
    const scale = unitsPerPixel(start.view);
    setView(panView(fit, start.view, -(event.clientX - start.x) * scale, -(event.clientY - start.y) * scale));
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      role="group"
      aria-label={labels.region}
      aria-describedby="canvas-help"
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="overflow-hidden rounded-xl border border-line bg-[radial-gradient(circle,_#e2e8f0_1px,_transparent_1px)] [background-size:16px_16px] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <p id="canvas-help" className="sr-only">
        {labels.help}
      </p>
      {hydrated ? (
        <div className="flex justify-end gap-1 border-b border-line p-1.5">
          <Button
            variant="secondary"
            size="xs"
            aria-label={labels.zoomIn}
            onClick={() => setView((v) => zoomView(fit, v, ZOOM_STEP))}
          >
            <span aria-hidden="true">+</span>
          </Button>
          <Button
            variant="secondary"
            size="xs"
            aria-label={labels.zoomOut}
            onClick={() => setView((v) => zoomView(fit, v, 1 / ZOOM_STEP))}
          >
            <span aria-hidden="true">−</span>
          </Button>
          <Button variant="secondary" size="xs" onClick={() => setView(fit)}>
            {labels.fit}
          </Button>
        </div>
      ) : null}
      <svg
        ref={svgRef}
        role="group"
        aria-label={labels.graph}
        viewBox={viewBoxAttr(view)}
        preserveAspectRatio="xMidYMid meet"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        // Fitted, a finger scrolls the page; zoomed in, it moves the graph.
        className={`block max-h-[28rem] min-h-48 w-full select-none ${fitted ? 'touch-pan-y' : 'touch-none'} ${hydrated ? 'cursor-grab active:cursor-grabbing' : ''}`}
        style={{ aspectRatio: `${fit.width} / ${fit.height}` }}
      >
        {children}
      </svg>
    </div>
  );
}
