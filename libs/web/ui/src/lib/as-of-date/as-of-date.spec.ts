import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideTranslateService } from '@ngx-translate/core';
import { AsOfDate } from './as-of-date';

describe('AsOfDate', () => {
  async function render(value: string) {
    TestBed.configureTestingModule({ imports: [AsOfDate], providers: [provideTranslateService(), provideNoopAnimations()] });
    const fixture = TestBed.createComponent(AsOfDate);
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('label', 'Tại ngày');
    fixture.componentRef.setInput('testId', 'as-of');
    const emitted: string[] = [];
    fixture.componentInstance.valueChange.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    const input = fixture.nativeElement.querySelector('[data-testid="as-of"]') as HTMLInputElement;
    return { fixture, input, emitted };
  }

  it('shows the date as dd/MM/yyyy under its label', async () => {
    const { fixture, input } = await render('2025-07-01');
    expect(input.value).toBe('01/07/2025');
    expect(fixture.nativeElement.querySelector('mat-label')?.textContent).toBe('Tại ngày');
  });

  it('emits the ISO date of a typed day-first date, and nothing for an impossible one', async () => {
    const { input, emitted } = await render('2025-07-01');
    input.value = '30/06/2025';
    input.dispatchEvent(new Event('input'));
    input.value = '31/02/2025';
    input.dispatchEvent(new Event('input'));
    expect(emitted).toEqual(['2025-06-30']);
  });

  it('follows a date the page sets (a link to a merger) without echoing it back', async () => {
    const { fixture, input, emitted } = await render('2025-07-01');
    fixture.componentRef.setInput('value', '2024-12-31');
    await fixture.whenStable();
    expect(input.value).toBe('31/12/2024');
    expect(emitted).toEqual([]);
  });
});
