export { CatalogueModule, CATALOGUE_ENTITIES } from './lib/catalogue.module';
export { CourseRefDto } from './lib/catalogue.dto';
export { LESSON_FILE_KINDS, LESSON_FILE_MAX_BYTES } from './lib/course-editor.service';
export { Course, CourseVersion, CourseModule, Lesson, LessonFile } from './lib/course.entity';
export { CourseContent, type OutlineModule, type OutlineLesson, type VersionInfo, type LessonContent } from './lib/course-content';
