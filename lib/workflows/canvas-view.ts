/**
 * The part of a canvas the shopper looks at (the SVG's viewBox), moved by the zoom buttons, the keyboard,
 * dragging and ctrl + wheel. Pure: components/workflow/canvas-viewport.tsx keeps the state.
 */
export type ViewBox = { x: number; y: number; width: number; height: number };

/** How far in (the graph 8 times bigger than fitted) and out (half as big) the shopper may zoom. */
export const MAX_ZOOM = 8;
export const MIN_ZOOM = 0.5;
/** One press of a zoom button or + / −. */
export const ZOOM_STEP = 1.25;
/** One press of an arrow key: a tenth of what is in view. */
export const PAN_STEP = 0.1;

/** The view `factor` times closer (> 1: in), around the point `at` (the view's centre by default). */
export function zoomView(fit: ViewBox, view: ViewBox, factor: number, at?: { x: number; y: number }): ViewBox {
  const scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, (fit.width / view.width) * factor));
  const width = fit.width / scale;
  const height = fit.height / scale;
  const cx = at?.x ?? view.x + view.width / 2;
  const cy = at?.y ?? view.y + view.height / 2;
  // The point under `at` stays where it is on the screen.
  const rx = (cx - view.x) / view.width;
  const ry = (cy - view.y) / view.height;
  return keepInside(fit, { x: cx - rx * width, y: cy - ry * height, width, height });
}

/** The view moved by (dx, dy) in the canvas's units. */
export function panView(fit: ViewBox, view: ViewBox, dx: number, dy: number): ViewBox {
  return keepInside(fit, { ...view, x: view.x + dx, y: view.y + dy });
}

/** The view's centre stays on the graph, so panning never loses it. */
function keepInside(fit: ViewBox, view: ViewBox): ViewBox {
  const cx = Math.min(fit.x + fit.width, Math.max(fit.x, view.x + view.width / 2));
  const cy = Math.min(fit.y + fit.height, Math.max(fit.y, view.y + view.height / 2));
  return { x: cx - view.width / 2, y: cy - view.height / 2, width: view.width, height: view.height };
}

export const viewBoxAttr = (v: ViewBox) => `${round(v.x)} ${round(v.y)} ${round(v.width)} ${round(v.height)}`;
const round = (n: number) => Math.round(n * 100) / 100;
