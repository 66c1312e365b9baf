import { ScrollDispatcher } from '@angular/cdk/scrolling';
import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  numberAttribute,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { LessonView } from '@cds/contracts';
import { LearningApi, LessonProgressStore, LessonStore } from '@cds/delivery/data-access';
import { fileNameFrom, LanguageService, saveBlob } from '@cds/web/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { fileSize, LEARN_PATH, safeHttpUrl } from '../learning-format';
import { READ_TO_END, ReadingMetrics, readingPosition, scrollTopFor, shouldResume } from './reading-position';

type LessonFile = LessonView['lesson']['files'][number];

/** The surface that scrolls the page: the shell's content pane (a CDK scrollable) or the window. */
interface Scroller {
  viewportTop(): number;
  viewportHeight(): number;
  scrollTop(): number;
  scrollTo(top: number): void;
}

/**
 * The lesson viewer: the lesson's text first (the API's sanitised HTML), then its video link and
 * files (downloaded only when asked for), "done", and the previous/next lesson. Records how far the
 * learner read (see LessonProgressStore) and brings them back there when they open it again.
 */
@Component({
  selector: 'cds-lesson-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The lesson's own HTML is styled too (headings, lists, tables, images), scoped by the host's tag.
  encapsulation: ViewEncapsulation.None,
  providers: [LessonStore, LessonProgressStore],
  templateUrl: './lesson-page.html',
  styleUrl: './lesson-page.scss',
})
export class LessonPage {
  private readonly store = inject(LessonStore);
  private readonly api = inject(LearningApi);
  private readonly progress = inject(LessonProgressStore);
  private readonly scrollDispatcher = inject(ScrollDispatcher);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly lang = inject(LanguageService).lang;
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly article = viewChild<ElementRef<HTMLElement>>('article');

  /** From the route (`classes/:classId/lessons/:lessonId`). */
  readonly classId = input.required({ transform: numberAttribute });
  readonly lessonId = input.required({ transform: numberAttribute });

  protected readonly view = this.store.lesson;
  protected readonly loading = this.store.loading;
  protected readonly failed = this.store.failed;
  protected readonly error = this.store.error;
  protected readonly done = this.progress.done;
  protected readonly unsaved = this.progress.unsaved;
  protected readonly videoUrl = computed(() => safeHttpUrl(this.view()?.lesson.videoUrl));
  /** Files being downloaded: id → percent (null while the size is unknown). */
  protected readonly downloads = signal<ReadonlyMap<number, number | null>>(new Map());
  protected readonly outlineLink = computed(() => [LEARN_PATH, 'classes', this.classId()]);
  protected readonly lessonLink = (lessonId: number) => [LEARN_PATH, 'classes', this.classId(), 'lessons', lessonId];

  constructor() {
    effect(() => {
      const key = { classId: this.classId(), lessonId: this.lessonId() };
      untracked(() => {
        // Moving on to another lesson: what is unsaved of this one goes now.
        this.progress.flush();
        this.store.load(key);
      });
    });
    // A lesson arrives: record its progress from what was saved, and bring the learner back there.
    effect(() => {
      const view = this.view();
      const key = this.store.key();
      if (!view || !key) return;
      untracked(() => {
        this.progress.start(key.classId, view.lesson.id, { position: view.position, done: view.done });
        afterNextRender({ write: () => this.open(view) }, { injector: this.injector });
      });
    });
    const destroyRef = inject(DestroyRef);
    const scrolled = this.scrollDispatcher.scrolled(100).subscribe(() => this.onScroll());
    // Leaving for another app or closing the tab: save now, it may be the last chance.
    const onHide = () => {
      if (this.document.visibilityState === 'hidden') this.progress.flush();
    };
    const onPageHide = () => this.progress.flush();
    this.document.addEventListener('visibilitychange', onHide);
    this.document.defaultView?.addEventListener('pagehide', onPageHide);
    destroyRef.onDestroy(() => {
      scrolled.unsubscribe();
      this.document.removeEventListener('visibilitychange', onHide);
      this.document.defaultView?.removeEventListener('pagehide', onPageHide);
    });
  }

  protected markDone(): void {
    this.progress.markDone();
  }

  protected minutes(view: LessonView): string {
    return this.translate.instant('learning.lesson.minutes', { minutes: view.lesson.minutes });
  }

  protected size(file: LessonFile): string {
    return fileSize(file.size, this.lang());
  }

  protected icon(file: LessonFile): string {
    if (file.contentType === 'application/pdf') return 'picture_as_pdf';
    return file.contentType.startsWith('image/') ? 'image' : 'description';
  }

  protected download(file: LessonFile): void {
    const view = this.view();
    if (!view || this.downloads().has(file.id)) return;
    const set = (percent: number | null | undefined) =>
      this.downloads.update((m) => {
        const next = new Map(m);
        if (percent === undefined) next.delete(file.id);
        else next.set(file.id, percent);
        return next;
      });
    set(null);
    this.api.lessonFile(view.classId, view.lesson.id, file.id).subscribe({
      next: (t) => {
        if (t.kind === 'progress') return set(t.percent);
        set(undefined);
        saveBlob(t.value.blob, fileNameFrom(t.value.disposition, file.fileName));
      },
      error: () => set(undefined),
    });
  }

  protected toTop(): void {
    this.scroller().scrollTo(0);
  }

  /** A lesson was opened: at the top, or where the learner left off (with a way back to the top). */
  private open(view: LessonView): void {
    const metrics = this.metrics();
    if (!metrics) return;
    const scroller = this.scroller();
    // The shell's content pane keeps its offset from one lesson to the next: start each at the top.
    if (!shouldResume(view.position)) return scroller.scrollTo(0);
    scroller.scrollTo(scrollTopFor(view.position, metrics));
    this.snackBar
      .open(this.translate.instant('learning.lesson.resumed'), this.translate.instant('learning.lesson.toTop'), { duration: 6000 })
      .onAction()
      .subscribe(() => this.toTop());
  }

  private onScroll(): void {
    const metrics = this.metrics();
    if (!metrics) return;
    const position = readingPosition(metrics);
    this.progress.report(position);
    if (position >= READ_TO_END && metrics.articleHeight > metrics.viewportHeight) this.progress.markDone();
  }

  private metrics(): ReadingMetrics | null {
    const article = this.article()?.nativeElement;
    if (!article || !this.view()) return null;
    const scroller = this.scroller();
    const rect = article.getBoundingClientRect();
    return {
      articleTop: rect.top - scroller.viewportTop(),
      articleHeight: rect.height,
      viewportHeight: scroller.viewportHeight(),
      scrollTop: scroller.scrollTop(),
    };
  }

  private scroller(): Scroller {
    const containers = this.scrollDispatcher.getAncestorScrollContainers(this.host);
    // The innermost one, should scrollables be nested.
    const inner = containers.find((c) => !containers.some((o) => o !== c && c.getElementRef().nativeElement.contains(o.getElementRef().nativeElement)));
    if (inner) {
      const el: HTMLElement = inner.getElementRef().nativeElement;
      return {
        viewportTop: () => el.getBoundingClientRect().top,
        viewportHeight: () => el.clientHeight,
        scrollTop: () => inner.measureScrollOffset('top'),
        scrollTo: (top) => inner.scrollTo({ top }),
      };
    }
    const win = this.document.defaultView;
    return {
      viewportTop: () => 0,
      viewportHeight: () => win?.innerHeight ?? 0,
      scrollTop: () => win?.scrollY ?? 0,
      scrollTo: (top) => win?.scrollTo({ top }),
    };
  }
}
