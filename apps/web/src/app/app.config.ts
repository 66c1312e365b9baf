import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { authInterceptor, AuthStore, errorInterceptor, NAV_ITEMS, provideAppIcons, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { appRoutes } from './app.routes';
import { APP_NAV_ITEMS } from './navigation';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    // errorInterceptor first: it sees only errors that survive the auth interceptor's refresh-and-retry
    provideHttpClient(withFetch(), withInterceptors([errorInterceptor, authInterceptor])),
    provideAnimationsAsync(),
    provideI18n(),
    provideAppIcons(),
    provideDirectoryIcons(),
    { provide: NAV_ITEMS, useValue: APP_NAV_ITEMS },
    // Restore the session from the refresh cookie before the first navigation runs its guards.
    provideAppInitializer(() => inject(AuthStore).restore()),
  ],
};
