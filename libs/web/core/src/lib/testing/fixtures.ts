import { AuthResponse, CurrentUser } from '@cds/contracts';

/** Test data shared by the specs of this library. */
export const USER: CurrentUser = {
  id: 7,
  email: 'learner@demo.cds.vn',
  fullName: 'Nguyễn Thị Hoa',
  position: 'Công chức văn hóa – xã hội',
  orgUnitId: 12,
  orgUnitName: 'UBND xã Giao Thủy',
  roles: [
    { role: 'learner', orgUnitId: 12, orgUnitName: 'UBND xã Giao Thủy' },
    { role: 'trainer', orgUnitId: 1, orgUnitName: 'Tỉnh Nam Định' },
    { role: 'learner', orgUnitId: 1, orgUnitName: 'Tỉnh Nam Định' },
  ],
};
export const authResponse = (accessToken: string, user = USER): AuthResponse => ({
  accessToken,
  refreshToken: `refresh-${accessToken}`,
  expiresIn: 900,
  user,
});

