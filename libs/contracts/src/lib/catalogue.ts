import type { SeatFunction } from './people';

// ---- catalogue: courses, versions, modules, lessons, files ------------------------------

export const TOPIC_AREAS = [
  'cds_knowledge',
  'digital_government',
  'digital_economy',
  'digital_society',
  'information_security',
  'deployment_skills',
] as const;
export type TopicArea = (typeof TOPIC_AREAS)[number];

/** Vietnamese names of the topic areas (the web app has both languages; exports use these). */
export const TOPIC_AREA_LABELS: Record<TopicArea, string> = {
  cds_knowledge: 'Kiến thức chung về chuyển đổi số',
  digital_government: 'Nền tảng chính quyền số',
  digital_economy: 'Kinh tế số',
  digital_society: 'Xã hội số',
  information_security: 'An toàn thông tin',
  deployment_skills: 'Kỹ năng triển khai CĐS tại đơn vị',
};

/**
 * A course version's state. A course is a draft until its first version is published; editing a
 * published course opens a new draft version, and publishing it supersedes the one before. A class
 * keeps the version it started with.
 */
export const COURSE_VERSION_STATES = ['draft', 'published', 'superseded'] as const;
export type CourseVersionState = (typeof COURSE_VERSION_STATES)[number];

/** A line of the catalogue. */
export interface CourseSummary {
  id: number;
  code: string;
  title: string;
  topicArea: TopicArea;
  hours: number;
  /** The version learners see; null while the course has never been published. */
  publishedVersion: number | null;
  /** The version being edited, if any. */
  draftVersion: number | null;
  moduleCount: number;
  lessonCount: number;
}

export interface LessonFileDto {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

export interface LessonDto {
  id: number;
  moduleId: number;
  position: number;
  title: string;
  /** Estimated minutes of study. */
  minutes: number;
  /** The Markdown as written (authors only; learners get `html`). */
  markdown?: string;
  /** The rendered, sanitised HTML. */
  html: string;
  videoUrl: string | null;
  files: LessonFileDto[];
}

export interface ModuleDto {
  id: number;
  position: number;
  title: string;
  lessons: LessonOutline[];
}

/** A lesson in a course outline: no body. */
export interface LessonOutline {
  id: number;
  position: number;
  title: string;
  minutes: number;
  hasVideo: boolean;
  fileCount: number;
}

export interface CourseVersionDto {
  courseId: number;
  /** The version's id: a class refers to it. */
  id: number;
  version: number;
  state: CourseVersionState;
  code: string;
  title: string;
  summary: string;
  topicArea: TopicArea;
  hours: number;
  /** The kinds of core-team post the course qualifies for. */
  seatFunctions: SeatFunction[];
  publishedAt: string | null;
  modules: ModuleDto[];
}

export interface CreateCourseRequest {
  code: string;
  title: string;
  summary: string;
  topicArea: TopicArea;
  hours: number;
  seatFunctions: SeatFunction[];
}
export type UpdateCourseRequest = Omit<CreateCourseRequest, 'code'>;

export interface ModuleRequest {
  title: string;
}
export interface LessonRequest {
  title: string;
  minutes: number;
  markdown: string;
  videoUrl: string | null;
}
/** New order of a version's modules, or of a module's lessons: every id once. */
export interface ReorderRequest {
  ids: number[];
}
export interface MarkdownPreviewRequest {
  markdown: string;
}
export interface MarkdownPreviewResponse {
  html: string;
}
