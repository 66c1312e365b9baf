import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { RefusalBanner } from './refusal-banner';

describe('RefusalBanner', () => {
  async function render(refusal: unknown) {
    TestBed.configureTestingModule({ imports: [RefusalBanner], providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', { errors: { server: 'Lỗi hệ thống, mã tra cứu: {{correlationId}}' } });
    translate.use('vi');
    const fixture = TestBed.createComponent(RefusalBanner);
    fixture.componentRef.setInput('refusal', refusal);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it("shows the API's own sentence as an alert", async () => {
    const el = await render({ text: 'Ngày hiệu lực trùng với một thay đổi khác.', key: 'errors.conflict', params: {} });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Ngày hiệu lực trùng với một thay đổi khác.');
  });

  it('translates the fallback when the API gave no sentence', async () => {
    const el = await render({ text: null, key: 'errors.server', params: { correlationId: 'abc-123' } });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Lỗi hệ thống, mã tra cứu: abc-123');
  });

  it('shows nothing without a refusal', async () => {
    const el = await render(null);
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });
});
