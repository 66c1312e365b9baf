import { computed, inject, Injectable, signal } from '@angular/core';
import { CertificateDto, ExpiringCertificate, ReissueRequest } from '@cds/contracts';
import { KeysetPager, LatestRead } from '@cds/web/core';
import { Observable, tap } from 'rxjs';
import { CertificateFilters, CertificatesApi, DEFAULT_EXPIRY_WINDOW_DAYS } from './certificates-api';

export const REGISTER_PAGE_SIZE = 50;

/**
 * The certificate register, page by page with the API's cursor, searched and filtered; a
 * revocation shows on its row at once, a re-issue reads the register again (the new certificate
 * joins it). Provide it on the page.
 */
@Injectable()
export class CertificateRegisterStore {
  private readonly api = inject(CertificatesApi);
  private readonly filterState = signal<CertificateFilters>({});
  private readonly pager = new KeysetPager<CertificateDto>((cursor) =>
    this.api.list({ ...this.filterState(), limit: REGISTER_PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  );
  /** Rows changed here since the page was read. */
  private readonly changed = signal<ReadonlyMap<number, CertificateDto>>(new Map());

  readonly filters = this.filterState.asReadonly();
  readonly items = computed(() => this.pager.items().map((c) => this.changed().get(c.id) ?? c));
  readonly loading = this.pager.loading;
  readonly loaded = this.pager.loaded;
  readonly error = this.pager.error;
  readonly hasMore = this.pager.hasMore;

  /** The first page for these filters (a newer search cancels an older one). */
  load(filters: CertificateFilters = this.filterState()): void {
    this.filterState.set(filters);
    this.changed.set(new Map());
    this.pager.reset();
  }

  loadMore(): void {
    this.pager.more();
  }

  /** Errors reach the caller (the dialog shows them). */
  revoke(id: number, reason: string): Observable<CertificateDto> {
    return this.api.revoke(id, reason).pipe(tap((answer) => this.changed.update((m) => new Map(m).set(answer.id, answer))));
  }

  /** Answers the new certificate; the register is read again. Errors reach the caller. */
  reissue(id: number, request: ReissueRequest): Observable<CertificateDto> {
    return this.api.reissue(id, request).pipe(tap(() => this.load()));
  }
}

/** Certificates expiring within a window of days, soonest first, with their holders to retrain. Provide it on the page. */
@Injectable()
export class ExpiringCertificatesStore {
  private readonly api = inject(CertificatesApi);
  private readonly read = new LatestRead<number, ExpiringCertificate[]>((days) => this.api.expiring(days));

  readonly items = computed(() => [...(this.read.value() ?? [])].sort((a, b) => a.daysLeft - b.daysLeft));
  readonly days = computed(() => this.read.params() ?? DEFAULT_EXPIRY_WINDOW_DAYS);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(days: number = DEFAULT_EXPIRY_WINDOW_DAYS): void {
    this.read.load(days);
  }
}
