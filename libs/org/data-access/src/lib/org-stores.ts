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

/** One unit's details and history. Choosing another unit cancels the read of the previous one. */
@Injectable()
export class OrgUnitStore {
  private readonly api = inject(OrgApi);
  private readonly read = new LatestRead<number, OrgUnitDetail>((id) => this.api.unit(id));

  readonly detail = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  /** The unit's details, or nothing when no unit is chosen. */
  load(id: number | null): void {
    if (id === null) this.read.clear();
    else this.read.load(id, { keepValue: false });
  }

  reload(): void {
    this.read.reload();
  }
}
