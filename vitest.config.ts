import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/reliability/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
