export * from './lib/access.decorators';
export * from './lib/access.guard';
export * from './lib/current-principal.decorator';
export * from './lib/principal';
