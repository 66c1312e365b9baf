export { DeliveryModule, DELIVERY_ENTITIES } from './lib/delivery.module';
export { TrainingPlan, PlanItem, TrainingClass, ClassTrainer, ClassSession, Enrolment, LessonProgress, Attendance, SignInSheet } from './lib/delivery.entities';
