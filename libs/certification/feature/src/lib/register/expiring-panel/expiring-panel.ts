import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { DEFAULT_EXPIRY_WINDOW_DAYS, ExpiringCertificatesStore } from '@cds/certification/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { vnDay } from '../../certificate-format';
import { readRefusal } from '../../read-refusal';

export const MAX_EXPIRY_WINDOW_DAYS = 3650;

/** "Sắp hết hạn": certificates expiring within a window of days (90 by default), soonest first, with their holders to retrain. */
@Component({
  selector: 'cds-expiring-panel',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatTableModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ExpiringCertificatesStore],
  templateUrl: './expiring-panel.html',
  styleUrl: '../register.scss',
})
export class ExpiringPanel implements OnInit {
  private readonly store = inject(ExpiringCertificatesStore);

  protected readonly day = vnDay;
  protected readonly columns = ['holder', 'course', 'registerNumber', 'expiresOn', 'daysLeft'];
  protected readonly items = this.store.items;
  protected readonly shownDays = this.store.days;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly days = new FormControl<number | null>(DEFAULT_EXPIRY_WINDOW_DAYS, {
    validators: [Validators.required, Validators.min(1), Validators.max(MAX_EXPIRY_WINDOW_DAYS), Validators.pattern(/^\d+$/)],
  });
  protected readonly form = new FormGroup({ days: this.days });

  ngOnInit(): void {
    this.store.load(DEFAULT_EXPIRY_WINDOW_DAYS);
  }

  protected show(): void {
    if (this.days.invalid || this.days.value === null) {
      this.days.markAsTouched();
      return;
    }
    this.store.load(Number(this.days.value));
  }
}
