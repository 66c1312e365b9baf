import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, ElementRef, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SessionDto } from '@cds/contracts';
import { AttendanceApi, CheckInDisplayStore } from '@cds/delivery/data-access';
import { LanguageService } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { sessionWhen } from '../../learning/learning-format';

/** The QR code as an image: an SVG in an <img> runs no script and needs no trust bypass. */
export function qrImageUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The check-in display for a projector: the session, a big QR code that changes every period (asked
 * for again at its `refreshAt`), a countdown to the next one and how many have checked in.
 */
@Component({
  selector: 'cds-check-in-display-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CheckInDisplayStore],
  templateUrl: './check-in-display-page.html',
  styleUrl: './check-in-display-page.scss',
})
export class CheckInDisplayPage {
  private readonly store = inject(CheckInDisplayStore);
  private readonly api = inject(AttendanceApi);
  private readonly lang = inject(LanguageService).lang;
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  /** From the route (`sessions/:sessionId/display`). */
  readonly sessionId = input.required({ transform: numberAttribute });

  private readonly now = signal(Date.now());
  protected readonly session = signal<SessionDto | null>(null);
  protected readonly code = this.store.code;
  protected readonly failing = this.store.failing;
  protected readonly refusal = this.store.refusal;
  protected readonly qrSrc = computed(() => {
    const code = this.code();
    return code ? qrImageUrl(code.qrSvg) : null;
  });
  protected readonly secondsLeft = computed(() => {
    const expiresAt = this.store.expiresAt();
    return expiresAt === null ? null : Math.max(0, Math.floor((expiresAt - this.now()) / 1000));
  });
  protected readonly when = computed(() => {
    const s = this.session();
    return s ? sessionWhen(s.startsAt, s.endsAt, this.lang()) : '';
  });

  constructor() {
    effect(() => {
      const sessionId = this.sessionId();
      untracked(() => {
        this.store.start(sessionId);
        // The session's title and time, once (the roll call carries them).
        this.api.rollCall(sessionId).subscribe({ next: (rc) => this.session.set(rc.session), error: () => undefined });
      });
    });
    // The clock of the countdown: every second, and at once when a new code comes.
    effect(() => {
      this.store.expiresAt();
      untracked(() => this.now.set(Date.now()));
    });
    const tick = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
  }

  protected fullscreen(): void {
    void this.host.nativeElement.requestFullscreen?.().catch(() => undefined);
  }
}
