import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, Injector, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { CertificateFilters, CertificateRegisterStore, CertificatesApi } from '@cds/certification/data-access';
import { CERTIFICATE_STATES, CertificateDto, CertificateState } from '@cds/contracts';
import { AuthStore, fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { todayVn } from '@cds/web/i18n';
import { LoadMore, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, finalize, map, merge } from 'rxjs';
import { CertificateFileKind, CertificateFiles } from '../../certificate-files';
import { vnDay } from '../../certificate-format';
import { readRefusal } from '../../read-refusal';
import { StateChip } from '../../state-chip/state-chip';
import { ExpiringPanel } from '../expiring-panel/expiring-panel';
import { ReissueDialog, ReissueDialogData } from '../reissue-dialog/reissue-dialog';
import { RevokeDialog, RevokeDialogData } from '../revoke-dialog/revoke-dialog';

export const REGISTER_SEARCH_DEBOUNCE_MS = 300;
/** The years offered in the filter: this one and the nine before. */
export const REGISTER_YEARS = 10;

/**
 * "Sổ chứng chỉ" (`certificates.read`): the certificates of the caller's units, searched and filtered
 * by state and year, page by page, with the same selection as Excel; per certificate its public
 * page, PDF and credential file, and for certifiers (`certificates.issue`) revocation and re-issue.
 * A second tab lists those expiring soon.
 */
@Component({
  selector: 'cds-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTabsModule,
    LoadMore,
    RefusalBanner,
    TranslatePipe,
    StateChip,
    ExpiringPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CertificateRegisterStore],
  templateUrl: './register-page.html',
  styleUrl: '../register.scss',
})
export class RegisterPage implements OnInit {
  private readonly store = inject(CertificateRegisterStore);
  private readonly api = inject(CertificatesApi);
  private readonly files = inject(CertificateFiles);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly day = vnDay;
  protected readonly states = CERTIFICATE_STATES;
  protected readonly years = Array.from({ length: REGISTER_YEARS }, (_, i) => Number(todayVn().slice(0, 4)) - i);
  protected readonly columns = ['registerNumber', 'holder', 'course', 'issuedOn', 'expiresOn', 'state', 'decision', 'actions'];
  protected readonly rows = this.store.items;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly hasMore = this.store.hasMore;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly canIssue = computed(() => this.auth.can('certificates.issue'));
  protected readonly exporting = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly downloading = signal(false);
  protected readonly announcement = signal('');

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    state: new FormControl<CertificateState | null>(null),
    year: new FormControl<number | null>(null),
  });

  ngOnInit(): void {
    const { q, state, year } = this.filters.controls;
    merge(q.valueChanges.pipe(debounceTime(REGISTER_SEARCH_DEBOUNCE_MS), map((v) => v.trim()), distinctUntilChanged()), state.valueChanges, year.valueChanges)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.store.load(this.query()));
    this.store.load(this.query());
  }

  protected loadMore(): void {
    this.store.loadMore();
  }

  /** Revocable while it is in the records as issued (valid, or past its expiry). */
  protected revocable(c: CertificateDto): boolean {
    return c.state === 'valid' || c.state === 'expired';
  }

  protected exportXlsx(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.refusal.set(null);
    this.api
      .registerXlsx(this.query())
      .pipe(finalize(() => this.exporting.set(false)))
      .subscribe({
        next: (f) => saveBlob(f.blob, fileNameFrom(f.disposition, 'so-chung-chi.xlsx')),
        error: (err: unknown) => this.refusal.set(refusalOf(err)),
      });
  }

  protected download(c: CertificateDto, kind: CertificateFileKind): void {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.refusal.set(null);
    this.files
      .download(c, kind)
      .pipe(finalize(() => this.downloading.set(false)))
      .subscribe({ error: (err: unknown) => this.refusal.set(refusalOf(err)) });
  }

  protected revoke(c: CertificateDto): void {
    this.refusal.set(null);
    const data: RevokeDialogData = { certificate: c, act: (reason) => this.store.revoke(c.id, reason) };
    this.dialog
      .open<RevokeDialog, RevokeDialogData, CertificateDto>(RevokeDialog, { data, width: '560px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((answer) => {
        if (answer) this.announcement.set(this.translate.instant('certification.register.revoked', { number: answer.registerNumber, name: answer.holderName }));
      });
  }

  protected reissue(c: CertificateDto): void {
    this.refusal.set(null);
    const data: ReissueDialogData = { certificate: c, act: (request) => this.store.reissue(c.id, request) };
    this.dialog
      .open<ReissueDialog, ReissueDialogData, CertificateDto>(ReissueDialog, { data, width: '600px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((answer) => {
        if (answer) this.announcement.set(this.translate.instant('certification.register.reissued', { number: answer.registerNumber, name: answer.holderName }));
      });
  }

  private query(): CertificateFilters {
    const v = this.filters.getRawValue();
    return { q: v.q.trim() || undefined, state: v.state ?? undefined, year: v.year ?? undefined };
  }
}
