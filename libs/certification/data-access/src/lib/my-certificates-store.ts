import { computed, inject, Injectable } from '@angular/core';
import { CertificateDto, CertificateState } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { CertificatesApi } from './certificates-api';

/** Valid ones first, then expired, then those replaced or revoked; newest first within each. */
const STATE_ORDER: Record<CertificateState, number> = { valid: 0, expired: 1, superseded: 2, revoked: 3 };

export function sortCertificates(list: readonly CertificateDto[]): CertificateDto[] {
  return [...list].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.issuedOn.localeCompare(a.issuedOn) || b.id - a.id);
}

/** "Chứng chỉ của tôi": the signed-in person's certificates. Provide it on the page. */
@Injectable()
export class MyCertificatesStore {
  private readonly api = inject(CertificatesApi);
  private readonly read = new LatestRead<'mine', CertificateDto[]>(() => this.api.mine());

  readonly certificates = computed(() => sortCertificates(this.read.value() ?? []));
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(): void {
    this.read.load('mine');
  }
}
