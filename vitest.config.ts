/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: "unit" runs before the build (schemas, pure modules);
// "dist" runs after it and reads the built site in dist/.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
