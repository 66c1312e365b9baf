export * from './transfer';
export * from './learning-api';
export * from './attendance-api';
export * from './learning-stores';
export * from './lesson-progress-store';
export * from './attendance-stores';
