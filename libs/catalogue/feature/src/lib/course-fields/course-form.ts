import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CourseVersionDto, CreateCourseRequest, SeatFunction, TopicArea, UpdateCourseRequest } from '@cds/contracts';

/** Limits of the course table (code varchar 40, title varchar 255). */
export const COURSE_CODE_MAX = 40;
export const COURSE_TITLE_MAX = 255;
export const COURSE_SUMMARY_MAX = 4000;

export type CourseForm = FormGroup<{
  code: FormControl<string>;
  title: FormControl<string>;
  summary: FormControl<string>;
  topicArea: FormControl<TopicArea | null>;
  hours: FormControl<number | null>;
  seatFunctions: FormControl<SeatFunction[]>;
}>;

/** The fields of a course (the code only matters when creating one). */
export function courseForm(): CourseForm {
  return new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(COURSE_CODE_MAX), Validators.pattern(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*$/)],
    }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(COURSE_TITLE_MAX)] }),
    summary: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(COURSE_SUMMARY_MAX)] }),
    topicArea: new FormControl<TopicArea | null>(null, { validators: [Validators.required] }),
    hours: new FormControl<number | null>(null, {
      validators: [Validators.required, Validators.min(0), Validators.max(1000), Validators.pattern(/^\d+$/)],
    }),
    seatFunctions: new FormControl<SeatFunction[]>([], { nonNullable: true }),
  });
}

/** What the API takes to change a draft. */
export function updateRequestOf(form: CourseForm): UpdateCourseRequest {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    topicArea: v.topicArea as TopicArea,
    hours: Number(v.hours),
    seatFunctions: v.seatFunctions,
  };
}

/** What the API takes to create a course. */
export function createRequestOf(form: CourseForm): CreateCourseRequest {
  return { code: form.getRawValue().code.trim(), ...updateRequestOf(form) };
}

/** Shows a version's fields, as saved (nothing left to save). */
export function fillCourseForm(form: CourseForm, v: CourseVersionDto): void {
  form.reset({ code: v.code, title: v.title, summary: v.summary, topicArea: v.topicArea, hours: v.hours, seatFunctions: [...v.seatFunctions] });
}
