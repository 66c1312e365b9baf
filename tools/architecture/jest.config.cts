module.exports = {
  displayName: 'architecture',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/tools/architecture',
  passWithNoTests: true,
  // ESLint builds the Nx project graph on its first run.
  testTimeout: 60000,
};
