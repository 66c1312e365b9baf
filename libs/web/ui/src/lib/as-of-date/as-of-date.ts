import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { IsoDate } from '@cds/contracts';
import { fromIsoDate, toIsoDate } from '@cds/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { provideVnDates } from '../dates/vn-date-adapter';

/** "Tại ngày": the date a page shows things as of, typed or picked as dd/MM/yyyy. */
@Component({
  selector: 'cds-as-of-date',
  imports: [ReactiveFormsModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideVnDates()],
  template: `
    <mat-form-field appearance="outline" class="date-field" [style.width.px]="width()">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [matDatepicker]="picker" [formControl]="control" [attr.data-testid]="testId()" />
      <mat-hint>{{ 'common.dateFormat' | translate }}</mat-hint>
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
  `,
})
export class AsOfDate {
  /** The date shown (`YYYY-MM-DD`). */
  readonly value = input.required<IsoDate>();
  /** The field's label, already translated. */
  readonly label = input.required<string>();
  readonly testId = input<string | null>(null);
  /** Width of the field in px. */
  readonly width = input(220);
  /** A new valid date was typed or picked. */
  readonly valueChange = output<IsoDate>();

  protected readonly control = new FormControl<Date | null>(null);

  constructor() {
    effect(() => {
      const value = this.value();
      const shown = this.control.value;
      if (!shown || Number.isNaN(shown.getTime()) || toIsoDate(shown) !== value) {
        this.control.setValue(fromIsoDate(value), { emitEvent: false });
      }
    });
    this.control.valueChanges.pipe(takeUntilDestroyed()).subscribe((d) => {
      if (d && !Number.isNaN(d.getTime()) && toIsoDate(d) !== this.value()) this.valueChange.emit(toIsoDate(d));
    });
  }
}
