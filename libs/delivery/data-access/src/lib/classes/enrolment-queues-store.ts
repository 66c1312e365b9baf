import { computed, inject, Injectable, signal } from '@angular/core';
import { ClassSummary, DecideRequest, EnrolmentDto } from '@cds/contracts';
import { KeysetPager, LatestRead } from '@cds/web/core';
import { Observable, tap } from 'rxjs';
import { DeliveryClassesApi, EnrolmentQueueQuery } from './delivery-classes-api';

export const QUEUE_PAGE_SIZE = 30;

export type QueueState = EnrolmentQueueQuery['state'];
export const QUEUE_STATES: readonly QueueState[] = ['nominated', 'requested', 'waitlisted', 'enrolled'];

/**
 * The nomination and approval queues of the caller's scope, each read page by page, and the open
 * classes a unit admin nominates into. A row decided or withdrawn here stays where it was, showing
 * its new state (enrolled, or on the waiting list at a place), until the queue is read again.
 * Provide it on the enrolment page.
 */
@Injectable()
export class EnrolmentQueuesStore {
  private readonly api = inject(DeliveryClassesApi);
  private readonly pagers = new Map<QueueState, KeysetPager<EnrolmentDto>>(
    QUEUE_STATES.map((state) => [
      state,
      new KeysetPager<EnrolmentDto>((cursor) => this.api.queue({ state, limit: QUEUE_PAGE_SIZE, ...(cursor ? { cursor } : {}) })),
    ]),
  );
  private readonly outcomes = signal<ReadonlyMap<number, EnrolmentDto>>(new Map());
  private readonly openRead = new LatestRead<true, ClassSummary[]>(() => this.api.openClasses());

  readonly openClasses = computed(() => this.openRead.value() ?? []);
  readonly openLoading = this.openRead.loading;
  readonly openLoaded = this.openRead.loaded;
  /** The answers to decisions and withdrawals made on this page, by enrolment id. */
  readonly decided = computed(() => this.outcomes());

  /** The queue of one state. */
  queue(state: QueueState): KeysetPager<EnrolmentDto> {
    return this.pagers.get(state) as KeysetPager<EnrolmentDto>;
  }

  /** Reads the first page of these queues again (answers recorded here are forgotten). */
  load(...states: QueueState[]): void {
    this.outcomes.set(new Map());
    for (const state of states) this.queue(state).reset();
  }

  loadOpenClasses(): void {
    this.openRead.load(true);
  }

  /** The row as it stands: the answer given here, or as the queue read it. */
  current(row: EnrolmentDto): EnrolmentDto {
    return this.outcomes().get(row.id) ?? row;
  }

  decide(row: EnrolmentDto, request: DecideRequest): Observable<EnrolmentDto> {
    return this.api.decide(row.id, request).pipe(tap((answer) => this.record(answer)));
  }

  withdraw(row: EnrolmentDto, reason: string): Observable<EnrolmentDto> {
    return this.api.withdraw(row.id, reason).pipe(tap((answer) => this.record(answer)));
  }

  private record(answer: EnrolmentDto): void {
    this.outcomes.update((m) => new Map(m).set(answer.id, answer));
  }
}
