export * from './lib/learning/learning.routes';
export * from './lib/attendance/attendance.routes';
export * from './lib/classes/classes.routes';
export * from './lib/plans/plan.routes';
export * from './lib/enrolment/enrolment.routes';
