import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Capability, canWith, CourseSummary } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { ClassFormDialog, ClassFormDialogData, parseIds } from './class-form-dialog';

const course: CourseSummary = {
  id: 2,
  code: 'ATTT',
  title: 'An toàn thông tin cho cán bộ cấp xã',
  topicArea: 'information_security',
  hours: 8,
  publishedVersion: 1,
  draftVersion: null,
  moduleCount: 2,
  lessonCount: 6,
};

describe('parseIds', () => {
  it('reads ids separated by commas, spaces or semicolons, once each; anything else is refused', () => {
    expect(parseIds('12, 15 18;12')).toEqual([12, 15, 18]);
    expect(parseIds('  ')).toEqual([]);
    expect(parseIds('12, Mai')).toBeNull();
  });
});

describe('ClassFormDialog', () => {
  it('creates a class from what a trainer typed (dd/MM/yyyy dates, trainer ids) and closes with it', async () => {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [ClassFormDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideTranslations(DELIVERY_STAFF_WORDS),
        provideNoopAnimations(),
        provideVnDates(),
        provideDirectoryIcons(),
        { provide: MAT_DIALOG_DATA, useValue: { detail: null, courses: [course] } satisfies ClassFormDialogData },
        { provide: MatDialogRef, useValue: { close } },
        {
          provide: AuthStore,
          useValue: {
            can: (c: Capability) => canWith(['trainer'], c),
            user: () => ({ roles: [{ role: 'trainer', orgUnitId: 4, orgUnitName: 'Trường Chính trị tỉnh' }, { role: 'learner', orgUnitId: 9, orgUnitName: 'Xã Giao An' }] }),
          },
        },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ClassFormDialog);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const set = async (name: string, value: string) => {
      const input = el.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    const submit = async () => {
      (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };

    const [courseSelect, mode] = await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatSelectHarness);
    await courseSelect.clickOptions({ text: 'ATTT – An toàn thông tin cho cán bộ cấp xã' });
    await mode.clickOptions({ text: 'Trực tuyến' });
    await set('code', ' ATTT-01/2026 ');
    await set('title', 'An toàn thông tin cho cán bộ cấp xã – đợt 1');
    await set('startDate', '02/03/2026');
    await set('endDate', '06/03/2026');
    await set('enrolmentDeadline', '05/03/2026');
    await set('capacity', '40');
    await set('trainerIds', '12, 15');
    await submit();
    // nominations must close by the start
    expect(el.textContent).toContain('Hạn đăng ký không được sau ngày bắt đầu lớp.');
    http.expectNone('/api/classes');

    await set('enrolmentDeadline', '25/02/2026');
    await submit();
    const post = http.expectOne('/api/classes');
    expect(post.request.body).toEqual({
      courseId: 2,
      code: 'ATTT-01/2026',
      title: 'An toàn thông tin cho cán bộ cấp xã – đợt 1',
      mode: 'online',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      enrolmentDeadline: '2026-02-25',
      place: '',
      capacity: 40,
      // the trainer's own unit, not one where they only learn
      organiserUnitId: 4,
      trainerIds: [12, 15],
    });
    post.flush({ id: 77 });
    expect(close).toHaveBeenCalledWith({ id: 77 });
  });
});
