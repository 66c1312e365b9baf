import { Module } from '@nestjs/common';
import { ClassesModule } from './classes/classes.module';
import { DELIVERY_ENTITIES } from './delivery.entities';
import { DeliveryHooksModule } from './delivery-hooks';
import { LearningModule } from './learning/learning.module';

export { DELIVERY_ENTITIES };

/** The delivery domain: the yearly plan, classes and sessions, enrolment, learning and attendance. */
@Module({ imports: [ClassesModule, LearningModule, DeliveryHooksModule], exports: [DeliveryHooksModule] })
export class DeliveryModule {}
