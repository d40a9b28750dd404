import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    env: { TZ: 'UTC' },
    // The layout properties are checked on 100,000 synthetic events; on a busy two-core machine that
    // takes longer than vitest's 5 s default. Speed is measured by `npm run bench`, not here.
    testTimeout: 30_000,
  },
});
