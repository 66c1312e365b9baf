export * from './lib/roles';
export * from './lib/access';
export * from './lib/errors';
export * from './lib/auth';
export * from './lib/common';
export * from './lib/audit';
export * from './lib/org';
export * from './lib/people';
