// Unit specs sit next to the code (src/**/*.spec.ts) and need no services;
// integration specs (test/**/*.int-spec.ts) need MongoDB and Redis, which
// scripts/test.sh finds or starts before running jest.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
const common = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'js', 'json'] };

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.int-spec.ts'], slowTestThreshold: 30 },
    // The dashboard in a real Chromium (Debian's, driven by playwright-core).
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], slowTestThreshold: 60 },
  ],
};
