import { WordsOf } from '@cds/web/i18n';
import { AUDIT_VI } from './audit.vi';

/** English words of the audit log. */
export const AUDIT_EN: WordsOf<typeof AUDIT_VI> = {
  audit: {
    title: 'Audit log',
    caption: 'Security-relevant actions, newest first.',
    time: 'Time',
    actor: 'Actor',
    action: 'Action',
    target: 'Target',
    ip: 'IP address',
    unknownActor: '(unknown)',
    empty: 'No entries yet.',
    loading: 'Loading…',
    end: 'You have reached the end of the log.',
    targetTypes: {
      course: 'Course',
      question: 'Question',
      training_class: 'Training class',
      class_session: 'Session',
      enrolment: 'Enrolment',
      training_plan: 'Training plan',
      account: 'Account',
      assignment: 'Assignment',
      email: 'Email',
      import_job: 'File import',
      org_unit: 'Unit',
      person: 'Person',
      role_grant: 'Role grant',
      seat: 'Post',
      session: 'Session',
      user: 'User',
    },
    actions: {
      auth: {
        login: 'Sign-in',
        login_failed: 'Failed sign-in',
        logout: 'Sign-out',
        refresh_reuse: 'Refresh token reuse detected',
        password_changed: 'Password changed',
      },
      role: {
        granted: 'Role granted',
        revoked: 'Role revoked',
      },
      org: {
        created: 'Unit created',
        renamed: 'Unit renamed',
        moved: 'Unit moved',
        ended: 'Unit ended',
        merged: 'Units merged',
      },
      people: {
        created: 'Person added',
        updated: 'Person updated',
        deactivated: 'Person deactivated',
        account_created: 'Account opened',
        imported: 'People imported from a file',
      },
      core_team: {
        seat_created: 'Post created',
        seat_ended: 'Post ended',
        assigned: 'Assigned to a post',
        assignment_ended: 'Assignment ended',
      },
      catalogue: {
        course_created: 'Course created',
        course_published: 'Course published',
        file_refused: 'Upload refused',
      },
      plan: {
        created: 'Training plan created',
        changed: 'Training plan changed',
      },
      class: {
        created: 'Class created',
        changed: 'Class changed',
      },
      enrolment: {
        nominated: 'Nominated',
        requested: 'Asked to join a class',
        approved: 'Nomination approved',
        rejected: 'Nomination rejected',
        waitlisted: 'Put on the waiting list',
        enrolled: 'Enrolled',
        withdrawn: 'Withdrawn from a class',
        refused: 'Enrolment action refused',
      },
      attendance: {
        marked: 'Attendance marked',
        check_in_refused: 'QR check-in refused',
        sheet_uploaded: 'Sign-in sheet uploaded',
        sheet_confirmed: 'Sign-in sheet confirmed',
      },
      assessment: {
        question_saved: 'Question saved (new version)',
        questions_imported: 'Questions imported from a file',
      },
    },
  },
};
