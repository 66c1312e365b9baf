import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { AuthResponse } from '@cds/contracts';
import { AuthStore, provideAppIcons, provideI18n } from '@cds/web/core';
import { firstValueFrom } from 'rxjs';
import { ProfilePage } from './profile-page';
import { provideTranslations } from '@cds/web/i18n';
import { AUTH_WORDS } from '../i18n/auth-words';

const response = (accessToken: string): AuthResponse => ({
  accessToken,
  refreshToken: 'r',
  expiresIn: 900,
  user: {
    id: 1,
    email: 'learner@demo.cds.vn',
    fullName: 'Phạm Văn Nam',
    position: 'Công chức',
    orgUnitId: 3,
    orgUnitName: 'UBND xã Hải Hậu',
    roles: [{ role: 'learner', orgUnitId: 3, orgUnitName: 'UBND xã Hải Hậu' }],
  },
});

describe('ProfilePage', () => {
  let http: HttpTestingController;

  async function render() {
    const store = TestBed.inject(AuthStore);
    const login = firstValueFrom(store.login({ email: 'learner@demo.cds.vn', password: 'Demo@12345' }));
    http.expectOne('/api/auth/login').flush(response('first'));
    await login;
    const fixture = TestBed.createComponent(ProfilePage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const fill = (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
      if (!input) throw new Error(name);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    };
    const submit = async (current: string, next: string, confirm: string) => {
      fill('currentPassword', current);
      fill('newPassword', next);
      fill('confirmPassword', confirm);
      el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, store, submit };
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ProfilePage],
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

  it('shows the profile facts', async () => {
    const { el } = await render();
    expect(el.textContent).toContain('Phạm Văn Nam');
    expect(el.textContent).toContain('UBND xã Hải Hậu');
    expect(el.querySelector('mat-chip')?.textContent?.trim()).toBe('Học viên – UBND xã Hải Hậu');
  });

  it('changes the password, keeps the new tokens and says other sessions were signed out', async () => {
    const { el, store, submit, fixture } = await render();
    await submit('Demo@12345', 'Mật-khẩu-mới-2026', 'Mật-khẩu-mới-2026');

    const req = http.expectOne('/api/auth/change-password');
    expect(req.request.body).toEqual({ currentPassword: 'Demo@12345', newPassword: 'Mật-khẩu-mới-2026' });
    req.flush(response('after-change'));
    await fixture.whenStable();

    expect(store.accessToken()).toBe('after-change');
    expect(el.querySelector('[data-testid=password-changed]')?.textContent?.trim()).toBe(
      'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đăng xuất.',
    );
  });

  it('refuses a short or mismatched new password without calling the API', async () => {
    const { el, submit } = await render();
    await submit('Demo@12345', 'ngắn', 'khác');
    http.expectNone('/api/auth/change-password');
    expect(el.textContent).toContain('Mật khẩu mới phải có ít nhất 10 ký tự.');
    expect(el.textContent).toContain('Mật khẩu nhập lại không khớp.');
  });

  it('says when the current password is wrong', async () => {
    const { el, submit, fixture } = await render();
    await submit('sai', 'Mật-khẩu-mới-2026', 'Mật-khẩu-mới-2026');
    http.expectOne('/api/auth/change-password').flush(
      { statusCode: 400, error: 'Bad Request', message: 'x', correlationId: 'c', code: 'auth.wrong_password' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(el.querySelector('.form-error')?.textContent?.trim()).toBe('Mật khẩu hiện tại không đúng.');
  });

  it('shows the API reasons when it refuses the new password', async () => {
    const { el, submit, fixture } = await render();
    await submit('Demo@12345', 'aaaaaaaaaaaa', 'aaaaaaaaaaaa');
    http.expectOne('/api/auth/change-password').flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'x',
        correlationId: 'c',
        code: 'validation.failed',
        errors: { newPassword: ['Mật khẩu cần có chữ hoa, chữ thường và chữ số.'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const box = el.querySelector('.form-error');
    expect(box?.textContent).toContain('Mật khẩu mới chưa đủ mạnh.');
    expect(box?.querySelector('li')?.textContent).toBe('Mật khẩu cần có chữ hoa, chữ thường và chữ số.');
  });
});
