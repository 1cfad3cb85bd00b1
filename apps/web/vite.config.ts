import { cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Logger, type Plugin } from "vite";

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

/**
 * What a first visit downloads before the console can draw: the entry chunk, the chunks it imports statically
 * and their CSS (lazy pages and pdf.js are not counted), gzipped. Printed by every build; over the budget the
 * build fails, so a new dependency cannot quietly slow every sign-in.
 */
function initialBundleBudget(limitKb: number): Plugin {
  let logger: Logger | undefined;
  return {
    name: "docscan-initial-bundle-budget",
    apply: "build",
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_, bundle) {
      const files = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (!chunk || chunk.type !== "chunk" || files.has(name)) return;
        files.add(name);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        chunk.imports.forEach(visit);
      };
      for (const [name, output] of Object.entries(bundle)) if (output.type === "chunk" && output.isEntry) visit(name);
      let bytes = 0;
      for (const name of files) {
        const output = bundle[name]!;
        bytes += gzipSync(output.type === "chunk" ? output.code : output.source).length;
      }
      const kb = bytes / 1000;
      const summary = `initial bundle: ${kb.toFixed(1)} kB gzip (${[...files].join(", ")}; budget ${limitKb} kB)`;
      if (kb > limitKb) this.error(summary);
      logger?.info(summary);
    },
  };
}

export default defineConfig({
  plugins: [react(), pdfjsAssets(), initialBundleBudget(200)],
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
