/**
 * The code behind the timeline's gestures: d3-zoom and d3-brush (with d3-drag and d3-transition, which
 * they bring) and the zoom-transform math. Loaded after the first view is drawn (see useGestureKit), so
 * none of it is fetched before the first marks.
 */
export { brushX } from 'd3-brush';
export { zoom, zoomTransform } from 'd3-zoom';
export { clampTransform, transformFor, windowOf, zoomAbout } from './readable/zoomTransform';
