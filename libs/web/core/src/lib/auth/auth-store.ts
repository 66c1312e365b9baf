import { HttpClient, HttpContext } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  ApiError,
  AuthResponse,
  canWith,
  Capability,
  ChangePasswordRequest,
  CurrentUser,
  LoginRequest,
  Role,
} from '@cds/contracts';
import {
  catchError,
  finalize,
  firstValueFrom,
  map,
  Observable,
  of,
  shareReplay,
  tap,
  throwError,
} from 'rxjs';
import { apiErrorOf, SILENT_ERRORS } from '../errors/api-error';
import { inTurnAcrossTabs } from './in-turn-across-tabs';

export interface AuthState {
  user: CurrentUser | null;
  /** Kept in memory only; the refresh token lives in an HttpOnly cookie. */
  accessToken: string | null;
  loading: boolean;
  /** The first session restore has finished (with or without a session). */
  loaded: boolean;
  error: ApiError | null;
}

const INITIAL: AuthState = { user: null, accessToken: null, loading: false, loaded: false, error: null };
const silent = () => new HttpContext().set(SILENT_ERRORS, true);

@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly state = signal<AuthState>(INITIAL);
  private refreshInFlight: Observable<string> | null = null;

  readonly user = computed(() => this.state().user);
  readonly accessToken = computed(() => this.state().accessToken);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly error = computed(() => this.state().error);
  readonly isAuthenticated = computed(() => !!this.state().accessToken && !!this.state().user);
  /** Distinct roles of the person, whatever unit they are granted on. */
  readonly roles = computed<Role[]>(() => [...new Set((this.state().user?.roles ?? []).map((g) => g.role))]);

  /** Whether the person holds the capability of the access map on some unit (the API checks where). */
  can(capability: Capability): boolean {
    return canWith(this.roles(), capability);
  }

  login(request: LoginRequest): Observable<CurrentUser> {
    this.patch({ loading: true, error: null });
    return this.http.post<AuthResponse>('/api/auth/login', request, { context: silent() }).pipe(
      tap((res) => this.setSession(res)),
      map((res) => res.user),
      catchError((err: unknown) => {
        this.patch({ loading: false, error: apiErrorOf(err) });
        return throwError(() => err);
      }),
    );
  }

  /** Restores the session from the HttpOnly refresh cookie; resolves to whether there is one. */
  restore(): Promise<boolean> {
    this.patch({ loading: true });
    return firstValueFrom(
      this.refresh().pipe(
        map(() => true),
        catchError(() => of(false)),
        finalize(() => this.patch({ loading: false, loaded: true })),
      ),
    );
  }

  /**
   * Gets a new access token with the refresh cookie. Single-flight: callers that arrive while a
   * refresh is running share it, so one rotation serves every request that got a 401; and tabs
   * take turns (the cookie is shared, and a refresh token presented twice ends the session).
   */
  refresh(): Observable<string> {
    if (!this.refreshInFlight) {
      this.refreshInFlight = inTurnAcrossTabs('cds-refresh', () => this.http.post<AuthResponse>('/api/auth/refresh', {}, { context: silent() }))
        .pipe(
          tap((res) => this.setSession(res)),
          map((res) => res.accessToken),
          catchError((err: unknown) => {
            this.clearSession();
            return throwError(() => err);
          }),
          finalize(() => (this.refreshInFlight = null)),
          shareReplay({ bufferSize: 1, refCount: false }),
        );
    }
    return this.refreshInFlight;
  }

  changePassword(request: ChangePasswordRequest): Observable<AuthResponse> {
    return this.http
      .post<AuthResponse>('/api/auth/change-password', request, { context: silent() })
      .pipe(tap((res) => this.setSession(res)));
  }

  /** Ends the session on the server (clears the cookie) and here, then shows the login page. */
  async logout(): Promise<void> {
    await firstValueFrom(
      this.http.post<void>('/api/auth/logout', {}, { context: silent() }).pipe(catchError(() => of(undefined))),
    );
    this.clearSession();
    await this.router.navigate(['/login']);
  }

  /** The session cannot be renewed: forget it and ask the person to sign in again. */
  expireSession(returnUrl: string): void {
    this.clearSession();
    const queryParams = returnUrl && returnUrl !== '/' && !returnUrl.startsWith('/login') ? { returnUrl } : {};
    void this.router.navigate(['/login'], { queryParams });
  }

  private setSession(res: AuthResponse): void {
    this.patch({ user: res.user, accessToken: res.accessToken, loading: false, error: null });
  }

  private clearSession(): void {
    this.patch({ user: null, accessToken: null, loading: false });
  }

  private patch(partial: Partial<AuthState>): void {
    this.state.update((s) => ({ ...s, ...partial }));
  }
}
