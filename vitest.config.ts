/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects: "unit" runs before the build (schemas, pure modules); "dist" runs after it and reads the
// built site in dist/; "province" reads a second build made with tests/province/site.config.ts.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/support/**/*.test.ts', 'src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
      {
        // Reads the build made with a second site config (npm run test:province builds it first).
        extends: true,
        test: { name: 'province', include: ['tests/province/**/*.test.ts'] },
      },
    ],
  },
});
