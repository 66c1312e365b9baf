import { computed, inject, Injectable } from '@angular/core';
import { CoverageReport, IsoDate, SeatDto } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { forkJoin } from 'rxjs';
import { CoreTeamApi } from './core-team-api';

export interface CoreTeamQuery {
  unitId: number;
  asOf: IsoDate;
}

/**
 * The core team of a unit on a date: coverage and the posts of the unit and its sub-units. Choosing
 * another unit or date cancels the read in flight, so a quick change never shows an older answer.
 * Provide it on the page.
 */
@Injectable()
export class CoreTeamStore {
  private readonly api = inject(CoreTeamApi);
  private readonly read = new LatestRead<CoreTeamQuery, { coverage: CoverageReport; seats: SeatDto[] }>(({ unitId, asOf }) =>
    forkJoin({ coverage: this.api.coverage(unitId, asOf), seats: this.api.seats(unitId, asOf, true) }),
  );

  readonly coverage = computed(() => this.read.value()?.coverage ?? null);
  readonly seats = computed(() => this.read.value()?.seats ?? []);
  readonly query = this.read.params;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(query: CoreTeamQuery): void {
    this.read.load(query);
  }

  reload(): void {
    this.read.reload();
  }
}
