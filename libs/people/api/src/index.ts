export { PeopleModule, PEOPLE_ENTITIES } from './lib/people.module';
export { PeopleHooks, type PeopleListener, type PersonLeaving, type ImportedHolder } from './lib/people-hooks';
export { Person } from './lib/person.entity';
export { Account } from './lib/account.entity';
export { RoleGrantEntity } from './lib/role-grant.entity';
export { hashPassword, verifyPassword } from './lib/account-password';
export { nameKeys } from './lib/people.service';
export { ImportJob, ImportProblem } from './lib/import/import-job.entity';
export { AssignmentResponse, RoleGrantDto } from './lib/people.dto';
