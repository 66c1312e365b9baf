import { inject, Injectable } from '@angular/core';
import { PersonDetail } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { PeopleApi } from './people-api';

/** One person (profile, account, post history). Opening another person cancels the read in flight. Provide it on the page. */
@Injectable()
export class PersonStore {
  private readonly api = inject(PeopleApi);
  private readonly read = new LatestRead<number, PersonDetail>((id) => this.api.get(id));

  readonly person = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(id: number): void {
    this.read.load(id, { keepValue: false });
  }

  /** The person as the API answered a change (saved, deactivated, a role granted). */
  set(person: PersonDetail): void {
    this.read.set(person);
  }

  reload(): void {
    this.read.reload();
  }
}
