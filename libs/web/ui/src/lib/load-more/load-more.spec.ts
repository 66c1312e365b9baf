import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { LoadMore } from './load-more';

describe('LoadMore', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [LoadMore], providers: [provideTranslateService()] });
    TestBed.inject(TranslateService).setTranslation('vi', { common: { loadMore: 'Tải thêm' } });
    TestBed.inject(TranslateService).use('vi');
  });

  async function render(inputs: Record<string, unknown>) {
    const fixture = TestBed.createComponent(LoadMore);
    for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
    let more = 0;
    fixture.componentInstance.more.subscribe(() => more++);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    return { el, button: () => el.querySelector('button'), more: () => more };
  }

  it('offers "Tải thêm" while there is more, disabled while a page loads', async () => {
    const { button, more } = await render({ hasMore: true, loaded: true, count: 50 });
    expect(button()?.textContent?.trim()).toBe('Tải thêm');
    button()?.click();
    expect(more()).toBe(1);
    const busy = await render({ hasMore: true, loading: true, count: 50 });
    expect(busy.button()?.disabled).toBe(true);
  });

  it('closes a non-empty list with its end line, and says nothing under an empty one', async () => {
    const full = await render({ hasMore: false, loaded: true, count: 3, endText: 'Đã hiển thị toàn bộ nhật ký.' });
    expect(full.button()).toBeNull();
    expect(full.el.textContent?.trim()).toBe('Đã hiển thị toàn bộ nhật ký.');
    const empty = await render({ hasMore: false, loaded: true, count: 0, endText: 'Hết.' });
    expect(empty.el.textContent?.trim()).toBe('');
  });
});
