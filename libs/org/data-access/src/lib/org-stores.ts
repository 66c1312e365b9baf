import { computed, inject, Injectable } from '@angular/core';
import { IsoDate, OrgTreeResponse, OrgUnitDetail } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { OrgApi } from './org-api';

/** The unit tree as of a date. A newer date cancels the read of an older one. Provide it on the page. */
@Injectable()
export class OrgTreeStore {
  private readonly api = inject(OrgApi);
  private readonly read = new LatestRead<IsoDate | undefined, OrgTreeResponse>((asOf) => this.api.tree(asOf));

  readonly units = computed(() => this.read.value()?.units ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  /** The tree on `asOf` (today when absent). */
  load(asOf?: IsoDate): void {
    this.read.load(asOf);
  }

  reload(): void {
    this.read.reload();
  }
}

/**
 * One unit's details and history, its people and posts counted as of a date. Choosing another unit
 * or date cancels the read in flight.
 */
@Injectable()
export class OrgUnitStore {
  private readonly api = inject(OrgApi);
  private readonly read = new LatestRead<{ id: number; asOf?: IsoDate }, OrgUnitDetail>(({ id, asOf }) => this.api.unit(id, asOf));

  readonly detail = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  /** The unit's details as of the date, or nothing when no unit is chosen. */
  load(id: number | null, asOf?: IsoDate): void {
    if (id === null) this.read.clear();
    else this.read.load({ id, asOf }, { keepValue: this.read.value()?.id === id });
  }

  reload(): void {
    this.read.reload();
  }
}
