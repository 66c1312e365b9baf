import { computed, inject, Injectable } from '@angular/core';
import { MyCompletion } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { CompletionApi } from './completion-api';

/**
 * "Đang học" on "Chứng chỉ của tôi": the signed-in learner's completion of the classes they take
 * now, in the API's order (newest class first). Provide it on the page.
 */
@Injectable()
export class MyCompletionsStore {
  private readonly api = inject(CompletionApi);
  private readonly read = new LatestRead<'mine', MyCompletion[]>(() => this.api.allMine());

  readonly classes = computed(() => this.read.value() ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(): void {
    this.read.load('mine');
  }
}
