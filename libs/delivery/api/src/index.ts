export { DeliveryModule, DELIVERY_ENTITIES } from './lib/delivery.module';
export { TrainingPlan, PlanItem, TrainingClass, ClassTrainer, ClassSession, Enrolment, LessonProgress, Attendance, SignInSheet } from './lib/delivery.entities';
export { classState, isOpen } from './lib/classes/class-reads';
export { TIER_OF_KIND } from './lib/classes/plan.service';
export { DeliveryHooks, DeliveryHooksModule, type DeliveryListener, type LearnerChange } from './lib/delivery-hooks';
