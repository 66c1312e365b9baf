import { Module } from '@nestjs/common';
import { CatalogueModule } from '@cds/catalogue/api';
import { OrgModule } from '@cds/org/api';
import { DeliveryHooksModule } from '../delivery-hooks';
import './messages';
import { ClassReads } from './class-reads';
import { ClassesController } from './classes.controller';
import { ClassesService } from './classes.service';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentService } from './enrolment.service';
import { PlanService } from './plan.service';
import { PlansController } from './plans.controller';
import { Waitlist } from './waitlist';

/** The yearly plan, classes and their sessions, and enrolment (nomination, approval, waiting list). */
@Module({
  imports: [CatalogueModule, OrgModule, DeliveryHooksModule],
  controllers: [PlansController, ClassesController, EnrolmentController],
  providers: [PlanService, ClassesService, EnrolmentService, ClassReads, Waitlist],
  exports: [ClassesService, EnrolmentService, ClassReads],
})
export class ClassesModule {}
