import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset paths: the app serves the build from its own custom protocol.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // Fluent UI marks modules "use client" for server rendering, which a desktop app has none of.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  esbuild: { jsx: "automatic" },
  test: { environment: "jsdom", setupFiles: ["test/setup.ts"], include: ["test/**/*.test.ts", "test/**/*.test.tsx"] },
});
