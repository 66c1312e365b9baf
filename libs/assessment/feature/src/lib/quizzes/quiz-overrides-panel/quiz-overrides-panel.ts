import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ClassSummary, QuizDto, QuizOverrideDto, QuizOverrideInput } from '@cds/contracts';
import { QuizOverridesStore } from '@cds/assessment/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { readRefusal } from '../../read-refusal';
import { closesAfterOpens, QUIZ_LIMITS, wholeNumber } from '../quiz-settings-page/quiz-form';
import { formatVnMinute, fromVnLocalInput, toVnLocalInput } from '../vn-time';

/** The API's limits on an override. */
export const OVERRIDE_LIMITS = { extraAttempts: 20, reason: 500 } as const;

/** Who the form is for: a new override (a person to pick) or one person's existing one. */
interface Editing {
  personId: number | null;
  fullName: string;
}

const vnTime = (c: { value: unknown }) => (fromVnLocalInput(c.value as string) === undefined ? { time: true } : null);

/**
 * "Ngoại lệ theo học viên" on a quiz's page: extra time or attempts and other open/close times for
 * one person (accessibility, make-ups), with the reason. The person is picked among the quiz takers
 * of the quiz's class, or of a class chosen here when the quiz serves every class of the course.
 */
@Component({
  selector: 'cds-quiz-overrides-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuizOverridesStore],
  templateUrl: './quiz-overrides-panel.html',
  styleUrls: ['../quiz-panels.scss', './quiz-overrides-panel.scss'],
})
export class QuizOverridesPanel {
  private readonly store = inject(QuizOverridesStore);

  readonly quiz = input.required<QuizDto>();
  /** The course's classes (for a quiz that serves every class). */
  readonly classes = input<readonly ClassSummary[]>([]);

  protected readonly limits = { ...OVERRIDE_LIMITS, minutes: QUIZ_LIMITS.minutes };
  protected readonly overrides = this.store.overrides;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly saving = this.store.saving;
  protected readonly refusal = this.store.refusal;
  protected readonly takers = this.store.takers;
  protected readonly takersLoading = this.store.takersLoading;
  protected readonly editing = signal<Editing | null>(null);
  protected readonly removing = signal<QuizOverrideDto | null>(null);
  /** What was last done, for the live region. */
  protected readonly done = signal<{ key: string; name: string } | null>(null);
  protected readonly fmt = formatVnMinute;

  private readonly firstField = viewChild<ElementRef<HTMLElement>>('firstField');

  protected readonly form = new FormGroup(
    {
      classId: new FormControl<number | null>(null),
      personId: new FormControl<number | null>(null, [Validators.required]),
      extraMinutes: new FormControl<number | null>(0, [Validators.required, wholeNumber(0, QUIZ_LIMITS.minutes)]),
      extraAttempts: new FormControl<number | null>(0, [Validators.required, wholeNumber(0, OVERRIDE_LIMITS.extraAttempts)]),
      opensAt: new FormControl('', { nonNullable: true, validators: [vnTime] }),
      closesAt: new FormControl('', { nonNullable: true, validators: [vnTime] }),
      reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(OVERRIDE_LIMITS.reason)] }),
    },
    { validators: [closesAfterOpens] },
  );

  constructor() {
    effect(() => {
      const id = this.quiz().id;
      untracked(() => this.store.load(id));
    });
  }

  /** The classes whose people may get an override: the quiz's own class, or every class of the course. */
  protected readonly classChoices = computed(() => {
    const own = this.quiz().classId;
    return own === null ? this.classes() : this.classes().filter((c) => c.id === own);
  });

  protected add(): void {
    const classId = this.quiz().classId ?? this.classes().at(0)?.id ?? null;
    this.form.reset({ classId, personId: null, extraMinutes: 0, extraAttempts: 0, opensAt: '', closesAt: '', reason: '' });
    this.open({ personId: null, fullName: '' });
    if (classId !== null) this.store.loadTakers(classId);
  }

  protected edit(o: QuizOverrideDto): void {
    this.form.reset({
      classId: null,
      personId: o.personId,
      extraMinutes: o.extraMinutes,
      extraAttempts: o.extraAttempts,
      opensAt: toVnLocalInput(o.opensAt),
      closesAt: toVnLocalInput(o.closesAt),
      reason: o.reason,
    });
    this.open({ personId: o.personId, fullName: o.fullName });
  }

  protected classChanged(): void {
    const classId = this.form.controls.classId.value;
    this.form.controls.personId.setValue(null);
    if (classId !== null) this.store.loadTakers(classId);
  }

  protected cancel(): void {
    this.editing.set(null);
    this.store.clearRefusal();
  }

  protected save(): void {
    const editing = this.editing();
    if (!editing || this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const personId = editing.personId ?? (v.personId as number);
    const input: QuizOverrideInput = {
      extraMinutes: v.extraMinutes ?? 0,
      extraAttempts: v.extraAttempts ?? 0,
      opensAt: fromVnLocalInput(v.opensAt) ?? null,
      closesAt: fromVnLocalInput(v.closesAt) ?? null,
      reason: v.reason.trim(),
    };
    this.store.save(personId, input).subscribe((saved) => {
      this.editing.set(null);
      this.done.set({ key: 'assessment.quizzes.overrides.saved', name: saved.fullName });
    });
  }

  protected askRemove(o: QuizOverrideDto): void {
    this.store.clearRefusal();
    this.removing.set(o);
  }

  protected confirmRemove(): void {
    const o = this.removing();
    if (!o || this.saving()) return;
    this.store.remove(o.personId).subscribe({
      complete: () => {
        if (this.refusal()) return;
        this.removing.set(null);
        this.done.set({ key: 'assessment.quizzes.overrides.removed', name: o.fullName });
      },
    });
  }

  private open(editing: Editing): void {
    this.store.clearRefusal();
    this.removing.set(null);
    this.done.set(null);
    this.editing.set(editing);
    // The form appears on the next render: move focus into it so keyboard users land where they work.
    setTimeout(() => this.firstField()?.nativeElement.focus());
  }
}
