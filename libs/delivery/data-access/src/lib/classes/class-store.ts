import { computed, inject, Injectable } from '@angular/core';
import { ClassDetail, EnrolmentDto, SessionDto } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { DeliveryClassesApi } from './delivery-classes-api';

/** Sessions in the order they happen. */
export function sortSessions(sessions: readonly SessionDto[]): SessionDto[] {
  return [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
}

/**
 * One class: its details and sessions, and its participants. The two are read apart: a trainer or
 * a unit admin may see the class but not (all) its participants, and that must not hide the class.
 * Provide it on the class page.
 */
@Injectable()
export class ClassStore {
  private readonly api = inject(DeliveryClassesApi);
  private readonly detailRead = new LatestRead<number, ClassDetail>((id) => this.api.class(id));
  private readonly participantsRead = new LatestRead<number, EnrolmentDto[]>((id) => this.api.enrolments(id));

  readonly classId = this.detailRead.params;
  readonly detail = this.detailRead.value;
  readonly sessions = computed(() => sortSessions(this.detailRead.value()?.sessions ?? []));
  readonly loading = this.detailRead.loading;
  readonly loaded = this.detailRead.loaded;
  readonly error = this.detailRead.error;

  readonly participants = computed(() => this.participantsRead.value() ?? []);
  readonly participantsLoading = this.participantsRead.loading;
  readonly participantsLoaded = this.participantsRead.loaded;
  readonly participantsError = this.participantsRead.error;

  load(id: number): void {
    this.detailRead.load(id, { keepValue: false });
    this.participantsRead.load(id, { keepValue: false });
  }

  /** Shows the class as the API answered a write (edit). */
  setDetail(detail: ClassDetail): void {
    this.detailRead.set(detail);
  }

  /** A session was added or changed: it replaces the one with its id, or joins the list. */
  putSession(session: SessionDto): void {
    const detail = this.detailRead.value();
    if (!detail) return;
    const others = detail.sessions.filter((s) => s.id !== session.id);
    this.detailRead.set({ ...detail, sessions: [...others, session] });
  }

  removeSession(id: number): void {
    const detail = this.detailRead.value();
    if (detail) this.detailRead.set({ ...detail, sessions: detail.sessions.filter((s) => s.id !== id) });
  }

  /** Reads the class (places, waiting list) and its participants again, after a nomination or a withdrawal. */
  reload(): void {
    this.detailRead.reload();
    this.participantsRead.reload();
  }
}
