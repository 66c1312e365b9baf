import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { ImportJobDto } from '@cds/contracts';
import { IMPORT_POLL_MS } from '@cds/people/data-access';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { importPercent, PeopleImportPage } from './people-import-page';
import { provideTranslations } from '@cds/web/i18n';
import { PEOPLE_WORDS } from '../i18n/people-words';

const job = (over: Partial<ImportJobDto>): ImportJobDto => ({
  id: 11,
  fileName: 'ds.csv',
  dryRun: true,
  status: 'validating',
  totalRows: 4,
  processedRows: 0,
  problems: [],
  createdPeople: 0,
  createdAssignments: 0,
  createdAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  ...over,
});

describe('PeopleImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PeopleImportPage>;
  let el: HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 5));
    await fixture.whenStable();
  };
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
  const progress = () => el.querySelector('[data-testid="import-progress"]')?.getAttribute('aria-valuenow');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PeopleImportPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(), provideTranslations(PEOPLE_WORDS),
        provideNoopAnimations(),
        provideRouter([]),
        provideDirectoryIcons(),
        { provide: IMPORT_POLL_MS, useValue: 1 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PeopleImportPage);
    el = fixture.nativeElement;
    await fixture.whenStable();
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['Họ và tên\n'], 'ds.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('says nothing is imported until the file is valid, and keeps "Nhập dữ liệu" off before a check', () => {
    expect(el.textContent).toContain('chưa có dữ liệu nào được nhập cho đến khi tệp hợp lệ');
    expect(button('Nhập dữ liệu').disabled).toBe(true);
    expect(button('Kiểm tra').disabled).toBe(false);
  });

  it('polls the check until it ends and lists every problem, with import still off', async () => {
    button('Kiểm tra').click();
    const start = http.expectOne((r) => r.url === '/api/people/import');
    expect(start.request.params.get('dryRun')).toBe('true');
    expect((start.request.body as FormData).get('file')).toBeInstanceOf(File);
    start.flush(job({ processedRows: 0 }), { status: 202, statusText: 'Accepted' });
    await settle();

    http.expectOne('/api/people/import/11').flush(job({ processedRows: 2 }));
    await settle();
    expect(el.textContent).toContain('Đang kiểm tra… 2/4 dòng');
    expect(progress()).toBe('50');

    http.expectOne('/api/people/import/11').flush(
      job({
        status: 'invalid',
        processedRows: 4,
        problems: [
          { row: 3, column: 'unitCode', code: 'import.unknown_unit', message: 'Không có đơn vị mã X99.' },
          { row: 5, column: null, code: 'import.duplicate', message: 'Trùng với dòng 2.' },
        ],
      }),
    );
    await settle();
    http.expectNone('/api/people/import/11');
    expect(el.textContent).toContain('Tệp có 2 lỗi. Chưa có dữ liệu nào được nhập.');
    const rows = [...el.querySelectorAll('[data-testid="import-problems"] tr.mat-mdc-row')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'Mã đơn vị', 'Không có đơn vị mã X99.'],
      ['5', '(cả dòng)', 'Trùng với dòng 2.'],
    ]);
    expect(button('Nhập dữ liệu').disabled).toBe(true);
  });

  it('imports after a clean check and polls the import until it is done', async () => {
    button('Kiểm tra').click();
    http.expectOne((r) => r.url === '/api/people/import').flush(job({ status: 'done', processedRows: 4 }));
    await settle();
    expect(el.textContent).toContain('Tệp hợp lệ: 4 dòng.');
    expect(button('Nhập dữ liệu').disabled).toBe(false);

    button('Nhập dữ liệu').click();
    const start = http.expectOne((r) => r.url === '/api/people/import');
    expect(start.request.params.get('dryRun')).toBe('false');
    start.flush(job({ id: 12, dryRun: false, status: 'importing', processedRows: 1 }));
    await settle();
    expect(progress()).toBe('25');
    http.expectOne('/api/people/import/12').flush(job({ id: 12, dryRun: false, status: 'done', processedRows: 4, createdPeople: 4, createdAssignments: 1 }));
    await settle();
    expect(el.textContent).toContain('Đã nhập 4 người và 1 phân công vị trí.');
    expect(progress()).toBe('100');
    expect(button('Nhập dữ liệu').disabled).toBe(true);
  });
});

describe('importPercent', () => {
  it('is 0 before the total is known and 100 when finished', () => {
    expect(importPercent(null)).toBe(0);
    expect(importPercent({ status: 'validating', processedRows: 0, totalRows: 0 })).toBe(0);
    expect(importPercent({ status: 'importing', processedRows: 1, totalRows: 3 })).toBe(33);
    expect(importPercent({ status: 'done', processedRows: 0, totalRows: 0 })).toBe(100);
  });
});
