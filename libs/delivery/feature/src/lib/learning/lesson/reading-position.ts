/** Where the lesson's text is in its scroll container, in px (as the browser measures it now). */
export interface ReadingMetrics {
  /** The text's top edge below the top of the visible area (negative once scrolled past). */
  articleTop: number;
  articleHeight: number;
  /** Height of the visible area of the scroll container. */
  viewportHeight: number;
  /** How far the container is scrolled. */
  scrollTop: number;
}

/**
 * How far through the text the learner is, 0–1: 0 while its top is in view, 1 once its end is at
 * the bottom of the screen. A text that fits on one screen counts as read to the end.
 */
export function readingPosition(m: ReadingMetrics): number {
  const travel = m.articleHeight - m.viewportHeight;
  if (travel <= 0) return 1;
  return Math.min(1, Math.max(0, -m.articleTop / travel));
}

/** The scroll offset that brings the learner back to `position` of the text. */
export function scrollTopFor(position: number, m: ReadingMetrics): number {
  const travel = Math.max(0, m.articleHeight - m.viewportHeight);
  return Math.max(0, Math.round(m.scrollTop + m.articleTop + position * travel));
}

/** A saved position worth returning to (not the very top, not the very end of the text). */
export const shouldResume = (position: number) => position >= 0.02 && position < 0.98;
/** Scrolling this far counts as having read the lesson to the end. */
export const READ_TO_END = 0.98;
