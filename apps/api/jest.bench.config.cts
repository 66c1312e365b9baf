/** Benchmarks: `npm run bench` (SQLite) or `DATABASE_URL=mysql://… npm run bench`. Not part of `npm test`. */
module.exports = {
  displayName: 'api-bench',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 1800000,
};
