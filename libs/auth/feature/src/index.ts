export * from './lib/auth.routes';
export * from './lib/login/login-page';
export * from './lib/profile/profile-page';
export * from './lib/i18n/auth-words';
