import { cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// `pnpm dev` at the repo root runs the api on :3000; the console proxies to it.
const api = "http://localhost:3000";

/**
 * pdf.js fetches fonts, CMaps and image decoders on demand from `pdfjs/` (see PdfPreview.tsx): copied into
 * dist/ at build time and served from node_modules by the dev server. Nothing of it enters the JS bundle.
 */
function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const folders = ["cmaps", "standard_fonts", "wasm", "iccs"];
  let outDir = "dist";
  return {
    name: "docscan-pdfjs-assets",
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use("/pdfjs", (req, res, next) => {
        const file = normalize(join(root, decodeURIComponent((req.url ?? "/").split("?")[0]!)));
        if (!folders.some((f) => file.startsWith(join(root, f) + "/")) || !existsSync(file) || !statSync(file).isFile()) return next();
        if (file.endsWith(".wasm")) res.setHeader("Content-Type", "application/wasm");
        if (file.endsWith(".js")) res.setHeader("Content-Type", "text/javascript");
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      for (const f of folders) cpSync(join(root, f), join(outDir, "pdfjs", f), { recursive: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), pdfjsAssets()],
  server: {
    port: 5173,
    proxy: { "/trpc": api, "/api": api, "/healthz": api },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless, and noise in every build.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/zod/")) return;
        warn(warning);
      },
    },
  },
});
