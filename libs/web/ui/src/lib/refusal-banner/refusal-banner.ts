import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** What the banner needs of an API refusal (web-core's `Refusal` fits). */
export interface RefusalMessage {
  /** The API's sentence, already in the person's language. */
  text: string | null;
  /** A translation key for when the API gave no sentence (network, 5xx). */
  key: string;
  params: Record<string, unknown>;
}

/** Why the API refused a write, shown where it was made (a dialog, a page, a wizard step). */
@Component({
  selector: 'cds-refusal-banner',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (refusal(); as r) {
      <p class="form-error" [class.on-page]="onPage()" role="alert">{{ r.text ?? (r.key | translate: r.params) }}</p>
    }
  `,
  styles: `
    :host { display: contents; }
    .form-error { color: var(--mat-sys-error); margin: 0 0 16px; }
    .form-error.on-page { margin: 1em 0; font-weight: 500; }
  `,
})
export class RefusalBanner {
  readonly refusal = input<RefusalMessage | null>(null);
  /** On a page (bolder, with the paragraph's spacing) rather than at the top of a dialog. */
  readonly onPage = input(false);
}
