import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { FeatureWords, TranslationRegistry } from '@cds/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

/** The link's words, in both languages; they come with the link. */
export const QUESTION_BANK_LINK_WORDS: FeatureWords = {
  vi: { questionBankLink: 'Ngân hàng câu hỏi' },
  en: { questionBankLink: 'Question bank' },
};

/**
 * The way from a course to its question bank (the assessment screens at
 * `/assessment/courses/:courseId/questions`): a plain link, since features never import each other.
 */
@Component({
  selector: 'cds-question-bank-link',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-stroked-button [routerLink]="['/assessment/courses', courseId(), 'questions']" data-testid="question-bank">
      <mat-icon svgIcon="assignment" aria-hidden="true" />{{ 'questionBankLink' | translate }}
    </a>
  `,
})
export class QuestionBankLink {
  readonly courseId = input.required<number>();

  constructor() {
    inject(TranslationRegistry).add(QUESTION_BANK_LINK_WORDS);
  }
}
