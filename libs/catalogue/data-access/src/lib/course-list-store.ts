import { inject, Injectable } from '@angular/core';
import { CourseSummary } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { CatalogueApi } from './catalogue-api';

/** The catalogue as its authors see it: every course, published or not. Provide it on the page. */
@Injectable()
export class CourseListStore {
  private readonly api = inject(CatalogueApi);
  private readonly read = new LatestRead<'all', CourseSummary[]>(() => this.api.courses());

  readonly courses = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(): void {
    this.read.load('all');
  }
}
