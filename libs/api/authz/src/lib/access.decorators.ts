import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ACCESS, type Capability, type Role } from '@cds/contracts';

export const ACCESS_KEY = 'cds:access';

/** What a route declares about who may call it. A route that declares nothing is denied. */
export type Access = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not (login, health, certificate verification). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/** Any signed-in person, whatever their roles. */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies Access),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
  );

/** Signed-in people holding at least one of these roles on some unit; scope checks follow in the service. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Requires one of: ${roles.join(', ')}` }),
  );

/** Signed-in people holding a role that has this capability in the access map (contracts' ACCESS). */
export const Can = (capability: Capability) => Roles(...ACCESS[capability]);
