import { ChangeDetectionStrategy, Component, computed, inject, input, numberAttribute, effect, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ClassOutlineStore, LearningApi } from '@cds/delivery/data-access';
import { fileNameFrom, saveBlob } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A class's modules and lessons, with a tick for each lesson done and the way back in. */
@Component({
  selector: 'cds-class-outline-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ClassOutlineStore],
  templateUrl: './class-outline-page.html',
  styleUrl: './class-outline-page.scss',
})
export class ClassOutlinePage {
  private readonly store = inject(ClassOutlineStore);
  private readonly api = inject(LearningApi);

  /** From the route (`classes/:classId`). */
  readonly classId = input.required({ transform: numberAttribute });

  protected readonly outline = this.store.outline;
  protected readonly loading = this.store.loading;
  protected readonly failed = this.store.failed;
  protected readonly error = this.store.error;
  protected readonly lessonCount = computed(() => this.store.lessons().length);
  protected readonly doneCount = this.store.doneCount;
  protected readonly resumeLessonId = this.store.resumeLessonId;
  protected readonly percent = computed(() => (this.lessonCount() ? Math.round((this.doneCount() * 100) / this.lessonCount()) : 0));
  protected readonly started = computed(() => this.doneCount() > 0 || this.outline()?.lastLessonId != null);
  protected readonly downloading = signal(false);

  constructor() {
    effect(() => {
      const classId = this.classId();
      untracked(() => this.store.load(classId));
    });
  }

  protected retry(): void {
    this.store.reload();
  }

  protected calendar(): void {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.api.calendar(this.classId()).subscribe({
      next: (f) => {
        this.downloading.set(false);
        saveBlob(f.blob, fileNameFrom(f.disposition, `lich-hoc-${this.classId()}.ics`));
      },
      error: () => this.downloading.set(false),
    });
  }
}
