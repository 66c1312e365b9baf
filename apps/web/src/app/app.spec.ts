import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { LanguageService, NAV_ITEMS, provideAppIcons, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { App } from './app';
import { appRoutes } from './app.routes';
import { APP_NAV_ITEMS } from './navigation';

describe('App routes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideAppIcons(),
        provideDirectoryIcons(),
        provideNoopAnimations(),
        { provide: NAV_ITEMS, useValue: APP_NAV_ITEMS },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends a signed-out person from a deep link to the login page with a return URL', async () => {
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/profile');
    await fixture.whenStable();
    expect(router.url).toBe('/login?returnUrl=%2Fprofile');
    expect(fixture.nativeElement.querySelector('h1')?.textContent?.trim()).toBe('Đăng nhập');
  });

  it('lets each feature guard its own routes: a signed-out person is sent from /audit to the login page', async () => {
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/audit');
    await fixture.whenStable();
    expect(router.url).toBe('/login?returnUrl=%2Faudit');
  });

  it("shows a lazily loaded feature's own words on a deep link, and switches them with the language", async () => {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/login');
    await fixture.whenStable();
    const heading = () => fixture.nativeElement.querySelector('h1')?.textContent?.trim();
    expect(heading()).toBe('Đăng nhập');
    await TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(heading()).toBe('Sign in');
    expect(fixture.nativeElement.textContent).not.toContain('login.');
    localStorage.clear();
  });

  it('shows the not-found page for an unknown address', async () => {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/khong-co-trang-nay');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('h1')?.textContent?.trim()).toBe('Không tìm thấy trang');
  });

  it('offers the audit log entry to those who may read it (the access map)', () => {
    expect(APP_NAV_ITEMS.find((i) => i.route === '/audit')?.capability).toBe('audit.read');
  });
});
