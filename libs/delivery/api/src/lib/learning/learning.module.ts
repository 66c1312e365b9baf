import { Module } from '@nestjs/common';
import { CatalogueModule } from '@cds/catalogue/api';

/** Learning (the learner's home, lessons, progress) and attendance (roll call, QR check-in, sign-in sheets). */
@Module({ imports: [CatalogueModule], controllers: [], providers: [], exports: [] })
export class LearningModule {}
