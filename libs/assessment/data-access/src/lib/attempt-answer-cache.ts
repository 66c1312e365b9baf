import { InjectionToken } from '@angular/core';
import { AnswerValue, QUESTION_TYPES } from '@cds/contracts';

/** An answer as kept on the device: what the learner chose or typed, its sequence number, and whether the server has it. */
export interface CachedAnswer {
  answer: AnswerValue;
  seq: number;
  saved: boolean;
}

/** Everything the device keeps of one attempt: the last sequence number handed out, and the answers by slot. */
export interface CachedAttempt {
  counter: number;
  answers: Record<number, CachedAnswer>;
}

/** Where answers wait for the server (localStorage; null when the browser has none, e.g. some private modes). */
export const ATTEMPT_STORAGE = new InjectionToken<Storage | null>('ATTEMPT_STORAGE', {
  factory: () => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      // Reading localStorage itself throws when the browser blocks site data.
      return null;
    }
  },
});

export const attemptStorageKey = (attemptId: number) => `cds.attempt.${attemptId}`;

const EMPTY: CachedAttempt = { counter: 0, answers: {} };
const isSeq = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isAnswer = (a: unknown): a is AnswerValue =>
  typeof a === 'object' && a !== null && (QUESTION_TYPES as readonly unknown[]).includes((a as { type?: unknown }).type);

/**
 * One attempt's answers in the browser's storage, so they outlive a reload, a dropped connection
 * and a server restart. What it reads back is checked: a damaged or foreign entry reads as empty,
 * never as an answer the learner did not give.
 */
export class AttemptAnswerCache {
  constructor(
    private readonly storage: Storage | null,
    private readonly attemptId: number,
  ) {}

  read(): CachedAttempt {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(attemptStorageKey(this.attemptId)) ?? null;
    } catch {
      return EMPTY;
    }
    if (!raw) return EMPTY;
    try {
      const parsed = JSON.parse(raw) as { counter?: unknown; answers?: unknown };
      const answers: Record<number, CachedAnswer> = {};
      const list = typeof parsed.answers === 'object' && parsed.answers !== null ? Object.entries(parsed.answers) : [];
      for (const [slot, value] of list) {
        const item = value as Partial<CachedAnswer>;
        if (Number.isInteger(Number(slot)) && isSeq(item?.seq) && isAnswer(item.answer)) {
          answers[Number(slot)] = { answer: item.answer, seq: item.seq, saved: item.saved === true };
        }
      }
      return { counter: isSeq(parsed.counter) ? parsed.counter : 0, answers };
    } catch {
      return EMPTY;
    }
  }

  /** False when the browser refused to keep it (storage full or blocked): the page must not promise a copy on the device. */
  write(value: CachedAttempt): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(attemptStorageKey(this.attemptId), JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(attemptStorageKey(this.attemptId));
    } catch {
      // Nothing to do: the entry stays until the browser clears it.
    }
  }
}
