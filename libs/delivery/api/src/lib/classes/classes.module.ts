import { Module } from '@nestjs/common';
import { CatalogueModule } from '@cds/catalogue/api';

/** The yearly plan, classes and their sessions, and enrolment (nomination, approval, waiting list). */
@Module({ imports: [CatalogueModule], controllers: [], providers: [], exports: [] })
export class ClassesModule {}
