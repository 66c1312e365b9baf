import { computed, inject, Injectable } from '@angular/core';
import { ExternalTrainingDto } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { Observable, tap } from 'rxjs';
import { ExternalTrainingApi, ExternalTrainingInput } from './external-training-api';

export interface ExternalTrainingFilters {
  q?: string;
  personId?: number;
}

/** Records of training done elsewhere, searched; a new or changed record shows at once. Provide it on the page. */
@Injectable()
export class ExternalTrainingStore {
  private readonly api = inject(ExternalTrainingApi);
  private readonly read = new LatestRead<ExternalTrainingFilters, ExternalTrainingDto[]>((f) => this.api.list(f));

  readonly items = computed(() => this.read.value() ?? []);
  readonly filters = computed(() => this.read.params() ?? {});
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(filters: ExternalTrainingFilters = this.filters()): void {
    this.read.load(filters);
  }

  /** Errors reach the caller (the dialog shows them). */
  add(input: ExternalTrainingInput): Observable<ExternalTrainingDto> {
    return this.api.create(input).pipe(tap((record) => this.read.set([record, ...this.items()])));
  }

  /** Errors reach the caller (the dialog shows them). */
  setCountsFor(id: number, courseId: number | null): Observable<ExternalTrainingDto> {
    return this.api.setCountsFor(id, courseId).pipe(tap((record) => this.read.set(this.items().map((r) => (r.id === record.id ? record : r)))));
  }
}
