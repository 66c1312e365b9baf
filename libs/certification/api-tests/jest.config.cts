module.exports = {
  displayName: 'certification-api-tests',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/certification/api-tests',
  passWithNoTests: true,
  // Medium tests start the whole app on a real database; argon2 makes sign-ins deliberately slow.
  testTimeout: 30000,
};
