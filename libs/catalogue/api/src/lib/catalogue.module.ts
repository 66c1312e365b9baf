import { Module } from '@nestjs/common';
import { CoursesController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { Course } from './course.entity';

export const CATALOGUE_ENTITIES = [Course];

@Module({ controllers: [CoursesController], providers: [CatalogueService], exports: [CatalogueService] })
export class CatalogueModule {}
