export { CatalogueModule, CATALOGUE_ENTITIES } from './lib/catalogue.module';
export { CourseRefDto } from './lib/catalogue.dto';
export { Course } from './lib/course.entity';
