import { computed, inject, Injectable, signal } from '@angular/core';
import { UploadVerification, VerificationResult } from '@cds/contracts';
import { LatestRead, Refusal, refusalOf } from '@cds/web/core';
import { catchError, EMPTY, finalize, Observable, of, Subscription, switchMap, tap } from 'rxjs';
import { readFileText } from './read-file';
import { VerificationApi } from './verification-api';

/** The kinds of file the page checks, told apart by name (or type, when the name says nothing). */
export type UploadKind = 'credential' | 'pdf';

/** Why the page did not send a file: it cannot be a credential or a certificate. */
export type UploadProblem = 'unsupported' | 'not_json' | 'too_large';

/** A credential is a few kilobytes, a certificate PDF well under this; larger files are not ours. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function uploadKind(file: File): UploadKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json' || file.type === 'application/ld+json') return 'credential';
  if (name.endsWith('.pdf') || file.type === 'application/pdf') return 'pdf';
  return null;
}

/**
 * The code a person pasted: the code itself, or the whole address of a verification page (from a QR
 * code or a link), whose last part is the code. Spaces around it are dropped.
 */
export function codeFromInput(text: string): string {
  const trimmed = text.trim();
  const marker = '/verify/';
  const at = trimmed.lastIndexOf(marker);
  const tail = at >= 0 ? trimmed.slice(at + marker.length) : trimmed;
  const code = tail.split(/[?#]/)[0].replace(/\/+$/, '');
  try {
    return decodeURIComponent(code).trim();
  } catch {
    return code.trim();
  }
}

/** A file being checked, or its answer. */
interface UploadState {
  checking: boolean;
  answer: UploadVerification | null;
  problem: UploadProblem | null;
  refusal: Refusal | null;
  fileName: string | null;
}

const NO_UPLOAD: UploadState = { checking: false, answer: null, problem: null, refusal: null, fileName: null };

/**
 * The public checks: a certificate by its code, and an uploaded credential or PDF. Provide it on
 * the page. An answer that says "not authentic" is an answer, not an error; `refusal` is for the
 * API refusing to answer (a malformed request, too many checks, no network).
 */
@Injectable()
export class VerificationStore {
  private readonly api = inject(VerificationApi);
  private readonly read = new LatestRead<string, VerificationResult>((code) => this.api.byCode(code));
  private upload: Subscription | null = null;
  private readonly uploadState = signal<UploadState>(NO_UPLOAD);

  readonly result = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  readonly checking = computed(() => this.uploadState().checking);
  readonly answer = computed(() => this.uploadState().answer);
  readonly problem = computed(() => this.uploadState().problem);
  readonly refusal = computed(() => this.uploadState().refusal);
  readonly fileName = computed(() => this.uploadState().fileName);

  /** The certificate with this code, as the public sees it. */
  load(code: string): void {
    this.read.load(code, { keepValue: false });
  }

  /** Checks a credential file (its JSON is sent as read) or a certificate PDF; a newer file cancels an older check. */
  check(file: File): void {
    this.upload?.unsubscribe();
    const kind = uploadKind(file);
    const problem: UploadProblem | null = !kind ? 'unsupported' : file.size > MAX_UPLOAD_BYTES ? 'too_large' : null;
    this.uploadState.set({ checking: !problem, answer: null, problem, refusal: null, fileName: file.name });
    if (problem) return;
    const request: Observable<UploadVerification> =
      kind === 'pdf'
        ? this.api.pdf(file)
        : readFileText(file).pipe(
            switchMap((text) => {
              const json = parseJson(text);
              if (json === undefined) {
                this.patch({ problem: 'not_json' });
                return EMPTY;
              }
              return this.api.credential(json);
            }),
          );
    this.upload = request
      .pipe(
        tap((answer) => this.patch({ answer })),
        catchError((err: unknown) => {
          this.patch({ refusal: refusalOf(err) });
          return of(null);
        }),
        finalize(() => this.patch({ checking: false })),
      )
      .subscribe();
  }

  /** Forgets the file's answer (another file or a code comes next). */
  clearUpload(): void {
    this.upload?.unsubscribe();
    this.uploadState.set(NO_UPLOAD);
  }

  private patch(partial: Partial<UploadState>): void {
    this.uploadState.update((s) => ({ ...s, ...partial }));
  }
}

/** The parsed JSON, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
