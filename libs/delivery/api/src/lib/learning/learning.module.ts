import { Module } from '@nestjs/common';
import { CatalogueModule } from '@cds/catalogue/api';
import { DeliveryHooksModule } from '../delivery-hooks';
import './messages';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { CourseReader } from './course-reader';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

/** Learning (the learner's home, lessons, progress) and attendance (roll call, QR check-in, sign-in sheets). */
@Module({
  imports: [CatalogueModule, DeliveryHooksModule],
  controllers: [LearningController, AttendanceController],
  providers: [LearningService, AttendanceService, CourseReader],
  exports: [],
})
export class LearningModule {}
