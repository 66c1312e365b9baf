import { Module } from '@nestjs/common';
import { DELIVERY_ENTITIES } from './delivery.entities';

export { DELIVERY_ENTITIES };

/** The delivery domain: the yearly plan, classes and sessions, enrolment, learning and attendance. */
@Module({ controllers: [], providers: [], exports: [] })
export class DeliveryModule {}
