import { WordsOf } from '@cds/web/i18n';
import { AUTH_VI } from './auth.vi';

/** English words of the login and profile pages. */
export const AUTH_EN: WordsOf<typeof AUTH_VI> = {
  login: {
    title: 'Sign in',
    subtitle: 'Use the account your administrator gave you.',
    email: 'Email',
    password: 'Password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    emailRequired: 'Please enter your email.',
    emailInvalid: 'This email is not valid.',
    passwordRequired: 'Please enter your password.',
  },
  profile: {
    title: 'My profile',
    fullName: 'Full name',
    email: 'Email',
    position: 'Position',
    unit: 'Unit',
    roles: 'Roles',
    none: 'None',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat new password',
    newPasswordHint: 'At least {{min}} characters, with upper case, lower case and a digit.',
    currentRequired: 'Please enter your current password.',
    newRequired: 'Please enter a new password.',
    newTooShort: 'The new password must have at least {{min}} characters.',
    newSameAsCurrent: 'The new password must differ from the current one.',
    confirmMismatch: 'The repeated password does not match.',
    weakPassword: 'The new password is not strong enough.',
    submit: 'Change password',
    submitting: 'Saving…',
    changed: 'Password changed. Your other sessions have been signed out.',
  },
};
