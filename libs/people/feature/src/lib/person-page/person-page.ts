import { ChangeDetectionStrategy, Component, Injector, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { DeactivatePersonRequest, PersonDetail } from '@cds/contracts';
import { OrgTreeStore, unitOptions } from '@cds/org/data-access';
import { PeopleApi, PersonStore } from '@cds/people/data-access';
import { AuthStore, Refusal, refusalOf } from '@cds/web/core';
import { formatVnDate } from '@cds/web/i18n';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, EMPTY, filter, Observable, switchMap, tap } from 'rxjs';
import { ConfirmDeactivateDialog } from '../person-dialogs/confirm-deactivate-dialog';
import { PasswordDialog, PasswordDialogData } from '../person-dialogs/password-dialog';
import { RoleGrants } from '../role-grants/role-grants';

/** One person: profile (editable by admins), sign-in account, and core-team post history. */
@Component({
  selector: 'cds-person-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    RoleGrants,
    RefusalBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PersonStore, OrgTreeStore],
  templateUrl: './person-page.html',
  styleUrl: './person-page.scss',
})
export class PersonPage {
  /** Dialogs open in the page's injector, which has the route's Vietnamese date adapter. */
  private readonly injector = inject(Injector);
  private readonly api = inject(PeopleApi);
  private readonly store = inject(PersonStore);
  private readonly tree = inject(OrgTreeStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  /** From the route (`/people/:id`). */
  readonly id = input.required<string>();

  protected readonly person = this.store.person;
  protected readonly loading = this.store.loading;
  protected readonly saving = signal(false);
  protected readonly busy = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly units = computed(() => unitOptions(this.tree.units()));
  protected readonly canEdit = computed(() => this.auth.can('people.write'));
  /** Who grants and removes roles (administrators). */
  protected readonly canGrant = computed(() => this.auth.can('people.grant'));
  protected readonly historyColumns = ['seat', 'unit', 'from', 'to', 'reason'];
  protected readonly fmt = formatVnDate;

  protected readonly form = new FormGroup({
    fullName: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    position: new FormControl('', { nonNullable: true }),
    orgUnitId: new FormControl<number | null>(null, { validators: [Validators.required] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.email] }),
    phone: new FormControl('', { nonNullable: true }),
  });

  /** A person answered after a role change keeps the profile edits in progress. */
  private keepForm: PersonDetail | null = null;

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => this.store.load(id));
    });
    effect(() => {
      if (this.canEdit()) untracked(() => this.tree.load());
    });
    effect(() => {
      const p = this.person();
      if (p && p !== this.keepForm) untracked(() => this.fillForm(p));
    });
  }

  protected save(): void {
    const p = this.person();
    if (!p || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.refusal.set(null);
    this.api
      .update(p.id, {
        fullName: v.fullName.trim(),
        position: v.position.trim() || null,
        orgUnitId: v.orgUnitId as number,
        email: v.email.trim() || null,
        phone: v.phone.trim() || null,
      })
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.store.set(updated);
          this.toast('person.saved');
        },
        error: (err: unknown) => {
          this.saving.set(false);
          this.refusal.set(refusalOf(err));
        },
      });
  }

  protected createAccount(): void {
    const p = this.person();
    if (!p || this.busy()) return;
    this.busy.set(true);
    this.refusal.set(null);
    this.api
      .createAccount(p.id)
      .pipe(
        this.settle(),
        switchMap((res) =>
          this.dialog
            .open<PasswordDialog, PasswordDialogData>(PasswordDialog, { data: { ...res, fullName: p.fullName }, disableClose: true, maxWidth: '95vw' })
            .afterClosed(),
        ),
      )
      .subscribe(() => this.store.reload());
  }

  protected deactivate(): void {
    const p = this.person();
    if (!p || this.busy()) return;
    this.dialog
      .open<ConfirmDeactivateDialog, { fullName: string }, DeactivatePersonRequest | null>(ConfirmDeactivateDialog, {
        data: { fullName: p.fullName },
        width: '480px',
        maxWidth: '95vw',
        injector: this.injector,
      })
      .afterClosed()
      .pipe(
        filter((request): request is DeactivatePersonRequest => !!request),
        tap(() => this.busy.set(true)),
        switchMap((request) => this.api.deactivate(p.id, request).pipe(this.settle())),
      )
      .subscribe((updated) => {
        this.store.set(updated);
        this.toast('person.deactivated', { name: updated.fullName });
      });
  }

  /** Ends the busy state; a refusal is shown on the page and ends the chain. */
  private settle<T>(): (source: Observable<T>) => Observable<T> {
    return (source) =>
      source.pipe(
        tap({ next: () => this.busy.set(false) }),
        catchError((err: unknown) => {
          this.busy.set(false);
          this.refusal.set(refusalOf(err));
          return EMPTY;
        }),
      );
  }

  /** After a grant or a removal: the account box changes, unsaved profile edits stay. */
  protected rolesChanged(p: PersonDetail): void {
    this.keepForm = p;
    this.store.set(p);
  }

  private fillForm(p: PersonDetail): void {
    this.form.reset({
      fullName: p.fullName,
      position: p.position ?? '',
      orgUnitId: p.orgUnitId,
      email: p.email ?? '',
      phone: p.phone ?? '',
    });
    if (!this.canEdit() || !p.active) this.form.disable();
    else this.form.enable();
  }

  private toast(key: string, params?: object): void {
    this.snackBar.open(this.translate.instant(key, params), undefined, { duration: 5000 });
  }
}
