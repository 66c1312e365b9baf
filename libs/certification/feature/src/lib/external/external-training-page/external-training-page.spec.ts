import { HttpTestingController } from '@angular/common/http/testing';
import { ExternalTrainingDto, Role } from '@cds/contracts';
import { catchDownloads, click, dialog, pick, refuse, render, rows, soon, text, type, violations } from '../../testing/certification-test-setup';
import { ExternalTrainingPage } from './external-training-page';

jest.setTimeout(30_000);

const record = (id: number, over: Partial<ExternalTrainingDto> = {}): ExternalTrainingDto => ({
  id,
  personId: 7,
  fullName: 'Nguyễn Thị Hoa',
  unitName: 'UBND xã Giao Thủy',
  title: 'Bồi dưỡng kỹ năng số cho cán bộ cấp xã',
  issuingBody: 'Bộ Khoa học và Công nghệ',
  completedOn: '2026-10-01',
  hours: 24,
  evidenceName: 'giay-chung-nhan.pdf',
  countsFor: null,
  note: '',
  createdAt: '2026-11-01T00:00:00Z',
  ...over,
});

const COURSES = [
  { id: 5, code: 'ATTT', title: 'An toàn thông tin cho cán bộ xã', topicArea: 'information_security', hours: 16, publishedVersion: 2, draftVersion: null, moduleCount: 3, lessonCount: 8 },
  { id: 6, code: 'KNS', title: 'Kỹ năng số', topicArea: 'digital_society', hours: 8, publishedVersion: 1, draftVersion: null, moduleCount: 2, lessonCount: 4 },
];

function open(roles: Role[] = ['certifier'], inputs: Record<string, unknown> = {}, records = [record(1), record(2, { fullName: 'Trần Văn Tú', countsFor: { id: 5, code: 'ATTT', title: 'An toàn thông tin cho cán bộ xã' }, note: 'Học trực tuyến' })]) {
  return render(
    ExternalTrainingPage,
    inputs,
    (http: HttpTestingController) => http.expectOne((r) => r.url === '/api/external-trainings').flush(records),
    roles,
  );
}

const settle = async (fixture: { whenStable: () => Promise<unknown> }, ms: number) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await fixture.whenStable();
};

describe('ExternalTrainingPage', () => {
  it('lists the records with their evidence and what they count as, and searches them', async () => {
    const { el, fixture, http } = await open();
    expect(rows(el.querySelector('[data-testid="records"]'))).toEqual([
      ['Nguyễn Thị Hoa UBND xã Giao Thủy', 'Bồi dưỡng kỹ năng số cho cán bộ cấp xã Bộ Khoa học và Công nghệ', '01/10/2026', '24', 'Chỉ ghi nhận', 'giay-chung-nhan.pdf', 'Đổi…'],
      ['Trần Văn Tú UBND xã Giao Thủy', 'Bồi dưỡng kỹ năng số cho cán bộ cấp xã Bộ Khoa học và Công nghệ Học trực tuyến', '01/10/2026', '24', 'ATTT – An toàn thông tin cho cán bộ xã', 'giay-chung-nhan.pdf', 'Đổi…'],
    ]);
    expect(await violations(fixture)).toEqual([]);

    type(el, 'search', ' Bộ KH&CN ');
    await settle(fixture, 350);
    http.expectOne((r) => r.url === '/api/external-trainings' && r.params.get('q') === 'Bộ KH&CN').flush([]);
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="records"] .empty'))).toBe('Chưa có bản ghi đào tạo bên ngoài nào.');
  });

  it("shows one person's records from the address, and lets a unit admin read without changing anything", async () => {
    const { el, http } = await render(ExternalTrainingPage, { personId: '7' }, (h) => h.expectOne('/api/external-trainings?personId=7').flush([record(1)]), ['unit_admin']);
    expect(text(el.querySelector('[data-testid="one-person"]'))).toBe('Đang xem bản ghi của một người. Xem của mọi người');
    expect(el.querySelector('[data-testid="add"]')).toBeNull();
    expect(el.querySelector('[data-testid="import-excel"]')).toBeNull();
    expect(el.querySelector('[data-testid="change-counts"]')).toBeNull();
    http.verify();
  });

  it('records a training with its evidence: the person picked from a search, the evidence required, sent as multipart', async () => {
    const { el, fixture, http } = await open();
    click(el, 'add');
    await fixture.whenStable();
    http.expectOne('/api/courses').flush(COURSES);
    await fixture.whenStable();
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('h2'))).toBe('Ghi nhận đào tạo bên ngoài');

    click(d, 'dialog-submit');
    await fixture.whenStable();
    expect(text(d.querySelector('[data-testid="evidence-error"]'))).toBe('Vui lòng đính kèm minh chứng.');
    expect(Array.from(d.querySelectorAll('mat-error'), text)).toEqual([
      'Vui lòng chọn cán bộ trong danh sách.',
      'Vui lòng nhập thông tin này.',
      'Vui lòng nhập thông tin này.',
      'Vui lòng chọn ngày (dd/mm/yyyy).',
      'Nhập số giờ nguyên từ 1 đến 1000.',
    ]);
    expect(await violations(d)).toEqual([]);

    const person = d.querySelector('[data-testid="person"]') as HTMLInputElement;
    person.focus();
    type(d, 'person', 'Hoa');
    await settle(fixture, 300);
    const search = http.expectOne((r) => r.url === '/api/people');
    expect(search.request.params.get('q')).toBe('Hoa');
    search.flush({
      items: [{ id: 7, fullName: 'Nguyễn Thị Hoa', position: null, orgUnitId: 12, orgUnitName: 'UBND xã Giao Thủy', email: null, phone: null, active: true, hasAccount: true, currentSeats: [] }],
      nextCursor: null,
    });
    await fixture.whenStable();
    click(document, '[role="option"]');
    await fixture.whenStable();
    expect(person.value).toBe('Nguyễn Thị Hoa');

    type(d, 'title', 'Bồi dưỡng kỹ năng số cho cán bộ cấp xã');
    type(d, 'issuing-body', 'Bộ Khoa học và Công nghệ');
    type(d, 'completed-on', '01/10/2026');
    type(d, 'hours', '24');
    type(d, 'counts-for', '1: 5');
    pick(d, 'evidence', new File(['%PDF'], 'giay-chung-nhan.pdf', { type: 'application/pdf' }));
    await fixture.whenStable();
    expect(text(d.querySelector('[data-testid="evidence-name"]'))).toBe('giay-chung-nhan.pdf');

    click(d, 'dialog-submit');
    const first = http.expectOne((r) => r.method === 'POST' && r.url === '/api/external-trainings');
    const form = first.request.body as FormData;
    expect(['personId', 'title', 'issuingBody', 'completedOn', 'hours', 'note', 'countsForCourseId'].map((k) => form.get(k))).toEqual([
      '7',
      'Bồi dưỡng kỹ năng số cho cán bộ cấp xã',
      'Bộ Khoa học và Công nghệ',
      '2026-10-01',
      '24',
      '',
      '5',
    ]);
    expect((form.get('evidence') as File).name).toBe('giay-chung-nhan.pdf');
    refuse(first, 400, 'Ngày hoàn thành không được sau hôm nay.');
    await fixture.whenStable();
    expect(text(d.querySelector('[role="alert"]'))).toBe('Ngày hoàn thành không được sau hôm nay.');

    click(d, 'dialog-submit');
    http.expectOne((r) => r.method === 'POST' && r.url === '/api/external-trainings').flush(record(3, { countsFor: { id: 5, code: 'ATTT', title: 'An toàn thông tin cho cán bộ xã' } }));
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(el.querySelector('tbody tr')?.getAttribute('data-record')).toBe('3');
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã ghi nhận “Bồi dưỡng kỹ năng số cho cán bộ cấp xã” của Nguyễn Thị Hoa.');
  });

  it('changes the course a record counts as, or makes it recorded only', async () => {
    const { el, fixture, http } = await open();
    click(el, '[data-record="2"] [data-testid="change-counts"]');
    await fixture.whenStable();
    http.expectOne('/api/courses').flush(COURSES);
    await fixture.whenStable();
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('p'))).toBe('“Bồi dưỡng kỹ năng số cho cán bộ cấp xã” của Trần Văn Tú (Bộ Khoa học và Công nghệ).');
    expect((d.querySelector('[data-testid="counts-for"]') as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).toBe('ATTT – An toàn thông tin cho cán bộ xã');
    expect(await violations(d)).toEqual([]);
    type(d, 'counts-for', '0: null');
    click(d, 'dialog-submit');
    const req = http.expectOne('/api/external-trainings/2/counts');
    expect(req.request.body).toEqual({ courseId: null });
    req.flush(record(2, { fullName: 'Trần Văn Tú', countsFor: null }));
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(text(el.querySelector('[data-record="2"] [data-testid="counts-for"]'))).toBe('Chỉ ghi nhận');
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã cập nhật khóa học tương đương của “Bồi dưỡng kỹ năng số cho cán bộ cấp xã”.');
  });

  it('downloads the evidence under its name', async () => {
    const { el, fixture, http } = await open();
    const downloads = catchDownloads();
    click(el, '[data-record="1"] [data-testid="evidence"]');
    http.expectOne('/api/external-trainings/1/evidence').flush(new Blob(['%PDF']));
    await fixture.whenStable();
    expect(downloads.names).toEqual(['giay-chung-nhan.pdf']);
    downloads.restore();
  });
});
