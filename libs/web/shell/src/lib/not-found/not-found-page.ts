import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'cds-not-found-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found">
      <p class="code" aria-hidden="true">404</p>
      <h1>{{ 'notFound.title' | translate }}</h1>
      <p>{{ 'notFound.text' | translate }}</p>
      <a mat-flat-button routerLink="/">
        <mat-icon svgIcon="home" aria-hidden="true" />
        {{ 'notFound.home' | translate }}
      </a>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 560px;
      margin: 48px auto;
      text-align: center;
    }
    .code {
      font-size: 64px;
      font-weight: 300;
      margin: 0;
      color: var(--mat-sys-primary);
    }
  `,
})
export class NotFoundPage {}
