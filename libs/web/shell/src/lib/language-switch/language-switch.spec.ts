import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideAppIcons, provideI18n } from '@cds/web/core';
import { LANG_STORAGE_KEY } from '@cds/web/i18n';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [LanguageSwitch], providers: [provideI18n(), provideAppIcons()] });
  });

  it('switches to English from the menu and remembers the choice', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.getAttribute('aria-label')).toBe('VI – Chuyển ngôn ngữ: Tiếng Việt');
    // axe label-content-name-mismatch: the accessible name starts with the visible text
    expect(button.getAttribute('aria-label')?.startsWith(button.textContent?.trim() ?? '?')).toBe(true);

    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatMenuHarness);
    await menu.clickItem({ text: 'English' });
    await fixture.whenStable();

    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(button.getAttribute('aria-label')).toBe('EN – Change language: English');
    expect(button.textContent?.trim()).toBe('EN');
  });
});
