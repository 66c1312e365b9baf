import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { click, pick, refuse, render, soon, text, type, verification, violations } from '../../testing/certification-test-setup';
import { VerifyFormPage } from './verify-form-page';

jest.setTimeout(30_000);

const open = () => render(VerifyFormPage, {}, undefined, []);

describe('VerifyFormPage (public, no sign-in)', () => {
  it("opens the certificate's page from a pasted code or a whole QR address, and asks for a code when none is given", async () => {
    const { el, fixture } = await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    click(el, 'check-code');
    await fixture.whenStable();
    expect(navigate).not.toHaveBeenCalled();
    expect(text(el.querySelector('mat-error'))).toBe('Vui lòng nhập mã xác thực.');

    type(el, 'code', '  https://daotao.example.vn/verify/K7QX2M9P ');
    click(el, 'check-code');
    expect(navigate).toHaveBeenCalledWith(['/verify', 'K7QX2M9P']);
    expect(await violations(fixture)).toEqual([]);
  });

  it('checks an uploaded credential file: authentic, with the certificate as it stands today', async () => {
    const { el, fixture, http } = await open();
    const credential = { '@context': ['https://www.w3.org/ns/credentials/v2'], proof: { type: 'JwtProof2020', jwt: 'a.b.c' } };
    pick(el, 'file', new File([JSON.stringify(credential)], 'chung-chi.json', { type: 'application/json' }));
    await fixture.whenStable();
    expect(text(el.querySelector('.upload-answer'))).toContain('Đang kiểm tra tệp chung-chi.json…');
    const req = await soon(() => http.match('/api/verify/credential')[0]);
    expect(req.request.body).toEqual(credential);
    req.flush({ authentic: true, reason: null, certificate: verification({ state: 'revoked', revokedReason: 'Gian lận khi thi' }) });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="authentic"]'))).toBe('Tệp chứng chỉ xác thực Tệp chung-chi.json do hệ thống cấp và chưa bị sửa đổi.');
    expect(text(el.querySelector('.current-state'))).toBe('Tình trạng hiện tại của chứng chỉ');
    expect(text(el.querySelector('[data-testid="verdict"] h3'))).toBe('Đã thu hồi');
    expect(await violations(fixture)).toEqual([]);
  });

  it("checks a PDF and shows the API's reason when it is not authentic", async () => {
    const { el, fixture, http } = await open();
    pick(el, 'file', new File(['%PDF-1.7 sửa'], 'chung-chi.pdf', { type: 'application/pdf' }));
    await fixture.whenStable();
    const req = http.expectOne('/api/verify/pdf');
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    req.flush({ authentic: false, reason: 'Tệp PDF đã bị sửa sau khi ký.', certificate: null });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="not-authentic"]'))).toBe('Không xác thực được tệp này Tệp PDF đã bị sửa sau khi ký.');
    expect(el.querySelector('[data-testid="verdict"]')).toBeNull();
  });

  it('says a picture or a broken file cannot be checked, and shows a refusal in words', async () => {
    const { el, fixture, http } = await open();
    pick(el, 'file', new File(['x'], 'anh.png', { type: 'image/png' }));
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="problem"]'))).toBe('Chỉ kiểm tra được tệp chứng chỉ điện tử (.json) hoặc tệp PDF.');

    pick(el, 'file', new File(['{ hỏng'], 'chung-chi.json'));
    await soon(async () => {
      await fixture.whenStable();
      return el.querySelector('[data-testid="problem"]')?.textContent?.includes('JSON');
    });
    http.expectNone('/api/verify/credential');
    expect(text(el.querySelector('[data-testid="problem"]'))).toBe('Không đọc được tệp: đây không phải là tệp chứng chỉ điện tử (JSON).');

    pick(el, 'file', new File(['%PDF'], 'a.pdf'));
    refuse(http.expectOne('/api/verify/pdf'), 429, 'Bạn đã kiểm tra quá nhiều lần.');
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="problem"]')).toBeNull();
    expect(text(el.querySelector('[role="alert"]'))).toBe('Bạn đã kiểm tra quá nhiều lần.');
  });
});
