import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

/** The footer of a list read page by page: "Tải thêm" while there is more, then a closing line. */
@Component({
  selector: 'cds-load-more',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="footer" aria-live="polite">
      @if (hasMore()) {
        <button mat-stroked-button type="button" [disabled]="loading()" (click)="more.emit()">
          {{ 'common.loadMore' | translate }}
        </button>
      } @else if (loaded() && count()) {
        <span class="end">{{ endText() }}</span>
      }
    </div>
  `,
  styles: `
    .footer { display: flex; justify-content: center; padding: 16px; }
    .end { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class LoadMore {
  readonly hasMore = input.required<boolean>();
  readonly loading = input(false);
  readonly loaded = input(false);
  /** Rows shown so far; the closing line shows only under a non-empty list. */
  readonly count = input(0);
  /** The closing line, already translated ("Đã hiển thị toàn bộ …"). */
  readonly endText = input('');
  readonly more = output<void>();
}
