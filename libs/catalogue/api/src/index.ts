export { CatalogueModule, CATALOGUE_ENTITIES } from './lib/catalogue.module';
export { CourseRefDto } from './lib/catalogue.dto';
export { Course, CourseVersion, CourseModule, Lesson, LessonFile } from './lib/course.entity';
export { CourseContent, type OutlineModule, type OutlineLesson, type VersionInfo, type LessonContent } from './lib/course-content';
