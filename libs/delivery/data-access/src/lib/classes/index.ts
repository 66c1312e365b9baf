export * from './delivery-classes-api';
export * from './classes-list-store';
export * from './class-store';
export * from './plan-store';
export * from './enrolment-queues-store';
