export { CatalogueModule, CATALOGUE_ENTITIES } from './lib/catalogue.module';
export { CourseRefDto } from './lib/catalogue.dto';
export { Course, CourseVersion, CourseModule, Lesson, LessonFile } from './lib/course.entity';
