/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Time limits catch hangs, not slowness (speed goals live in `npm run bench`): a machine running several builds
    // at once can take minutes over a step that takes seconds when it is idle.
    testTimeout: 180_000,
    hookTimeout: 900_000,
    // Browser and build tests start servers and Chromium: keep files apart, two at a time on two cores.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
