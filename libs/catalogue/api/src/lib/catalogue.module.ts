import { Module } from '@nestjs/common';
import './messages';
import { CoursesController, LessonFilesController, LessonsController, MarkdownController, ModulesController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { CourseContent } from './course-content';
import { CourseEditorService } from './course-editor.service';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';

export const CATALOGUE_ENTITIES = [Course, CourseVersion, CourseModule, Lesson, LessonFile];

/** Courses, their versions, modules, lessons and files. Other domains read content through CourseContent. */
@Module({
  controllers: [CoursesController, ModulesController, LessonsController, LessonFilesController, MarkdownController],
  providers: [CatalogueService, CourseEditorService, CourseContent],
  exports: [CatalogueService, CourseContent],
})
export class CatalogueModule {}
