export * from './lib/auth.routes';
export * from './lib/login/login-page';
export * from './lib/profile/profile-page';
