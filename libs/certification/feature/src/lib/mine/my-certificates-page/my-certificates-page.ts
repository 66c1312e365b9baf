import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MyCertificatesStore, MyCompletionsStore } from '@cds/certification/data-access';
import { CertificateDto } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { CertificateFileKind, CertificateFiles } from '../../certificate-files';
import { vnDay } from '../../certificate-format';
import { readRefusal } from '../../read-refusal';
import { StateChip } from '../../state-chip/state-chip';
import { MyProgress } from '../my-progress/my-progress';

/**
 * "Chứng chỉ của tôi": above, "Đang học" — the classes the learner takes now with what is done and
 * what is missing; then the signed-in person's certificates as cards (valid ones first), each with
 * its state, the signed PDF, the credential file anyone can check, and its public page.
 */
@Component({
  selector: 'cds-my-certificates-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, RefusalBanner, TranslatePipe, StateChip, MyProgress],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyCertificatesStore, MyCompletionsStore],
  templateUrl: './my-certificates-page.html',
  styleUrl: './my-certificates-page.scss',
})
export class MyCertificatesPage implements OnInit {
  private readonly store = inject(MyCertificatesStore);
  private readonly progress = inject(MyCompletionsStore);
  private readonly files = inject(CertificateFiles);

  protected readonly day = vnDay;
  protected readonly certificates = this.store.certificates;
  protected readonly classes = this.progress.classes;
  protected readonly loading = computed(() => this.store.loading() || this.progress.loading());
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly progressError = computed(() => readRefusal(this.progress.error()));
  /** The download in flight (`id:kind`), its button waits. */
  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadRefusal = signal<Refusal | null>(null);

  ngOnInit(): void {
    this.store.load();
    this.progress.load();
  }

  protected download(certificate: CertificateDto, kind: CertificateFileKind): void {
    if (this.downloading()) return;
    this.downloading.set(`${certificate.id}:${kind}`);
    this.downloadRefusal.set(null);
    this.files
      .download(certificate, kind)
      .pipe(finalize(() => this.downloading.set(null)))
      .subscribe({ error: (err: unknown) => this.downloadRefusal.set(refusalOf(err)) });
  }
}
