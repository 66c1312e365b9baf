import { Module } from '@nestjs/common';
import { CoursesController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { CourseContent } from './course-content';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';

export const CATALOGUE_ENTITIES = [Course, CourseVersion, CourseModule, Lesson, LessonFile];

@Module({ controllers: [CoursesController], providers: [CatalogueService, CourseContent], exports: [CatalogueService, CourseContent] })
export class CatalogueModule {}
