import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import { AuthResponse } from '@cds/contracts';
import { LanguageService, provideAppIcons, provideI18n } from '@cds/web/core';
import { LoginPage } from './login-page';
import { provideTranslations } from '@cds/web/i18n';
import { AUTH_WORDS } from '../i18n/auth-words';

const RESPONSE: AuthResponse = {
  accessToken: 't',
  refreshToken: 'r',
  expiresIn: 900,
  user: {
    id: 1,
    email: 'learner@demo.cds.vn',
    fullName: 'Phạm Văn Nam',
    position: null,
    orgUnitId: 1,
    orgUnitName: 'Tỉnh Nam Định',
    roles: [],
  },
};

describe('LoginPage', () => {
  let http: HttpTestingController;

  async function render() {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async (email: string, password: string) => {
      type('input[type=email]', email);
      type('input[autocomplete=current-password]', password);
      el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
    };
    const alertText = async () => {
      await fixture.whenStable();
      return el.querySelector('[role=alert]')?.textContent?.trim();
    };
    return { fixture, el, submit, alertText };
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18n(), provideTranslations(AUTH_WORDS),
        provideAppIcons(),
        provideNoopAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('labels its fields in Vietnamese', async () => {
    const { el } = await render();
    const labels = [...el.querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Thư điện tử', 'Mật khẩu']);
  });

  it('shows wrong credentials in Vietnamese', async () => {
    const { submit, alertText } = await render();
    await submit('learner@demo.cds.vn', 'sai-mat-khau');

    http.expectOne('/api/auth/login').flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Invalid', correlationId: 'c', code: 'auth.invalid_credentials' },
      { status: 401, statusText: 'Unauthorized' },
    );

    expect(await alertText()).toBe('Thư điện tử hoặc mật khẩu không đúng.');
  });

  it('shows the same error in English after switching language', async () => {
    const { submit, alertText } = await render();
    await submit('learner@demo.cds.vn', 'wrong');
    http.expectOne('/api/auth/login').flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Invalid', correlationId: 'c', code: 'auth.invalid_credentials' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await TestBed.inject(LanguageService).use('en');
    expect(await alertText()).toBe('Wrong email or password.');
  });

  it('tells how long to wait after too many attempts, from Retry-After', async () => {
    const { submit, alertText } = await render();
    await submit('learner@demo.cds.vn', 'again');
    http.expectOne('/api/auth/login').flush(
      { statusCode: 429, error: 'Too Many Requests', message: 'x', correlationId: 'c', code: 'auth.too_many_attempts' },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '37' } },
    );
    expect(await alertText()).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 37 giây.');
  });

  it('does not call the API with an empty form and says what is missing', async () => {
    const { el, submit } = await render();
    await submit('', '');
    http.expectNone('/api/auth/login');
    const errors = [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Vui lòng nhập thư điện tử.', 'Vui lòng nhập mật khẩu.']);
  });

  it('goes to the return URL after signing in', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/?returnUrl=%2Fprofile');
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const { submit } = await render();
    await submit('learner@demo.cds.vn', 'Demo@12345');
    http.expectOne('/api/auth/login').flush(RESPONSE);
    expect(navigate).toHaveBeenCalledWith('/profile');
  });
});
