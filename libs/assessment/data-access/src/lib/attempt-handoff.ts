import { Injectable } from '@angular/core';
import { AttemptView } from '@cds/contracts';

/** A handed-over attempt older than this is read again instead. */
const FRESH_MS = 10_000;

/**
 * The attempt a start has just answered with, handed to the attempt page so that the page shows
 * it without reading it again: one request fewer for every learner at a quiz's start (thousands
 * in the same minute), and the questions on screen sooner on a slow link. Taken once, by the
 * page of that attempt, while fresh; the server's clock in it moves on by the time it waited.
 */
@Injectable({ providedIn: 'root' })
export class AttemptHandoff {
  private held: { view: AttemptView; at: number } | null = null;

  put(view: AttemptView): void {
    this.held = { view, at: Date.now() };
  }

  take(attemptId: number): AttemptView | null {
    const held = this.held;
    this.held = null;
    if (!held || held.view.id !== attemptId) return null;
    const waited = Date.now() - held.at;
    if (waited < 0 || waited > FRESH_MS) return null;
    return { ...held.view, serverNow: new Date(Date.parse(held.view.serverNow) + waited).toISOString() };
  }
}
