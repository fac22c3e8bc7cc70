import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset paths: the app serves the build from its own custom protocol.
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2021", chunkSizeWarningLimit: 2000 },
  esbuild: { jsx: "automatic" },
  test: { environment: "jsdom", setupFiles: ["test/setup.ts"], include: ["test/**/*.test.ts", "test/**/*.test.tsx"] },
});
