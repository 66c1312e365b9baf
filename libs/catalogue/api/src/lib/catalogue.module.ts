import { Module } from '@nestjs/common';
import { CoursesController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';

export const CATALOGUE_ENTITIES = [Course, CourseVersion, CourseModule, Lesson, LessonFile];

@Module({ controllers: [CoursesController], providers: [CatalogueService], exports: [CatalogueService] })
export class CatalogueModule {}
