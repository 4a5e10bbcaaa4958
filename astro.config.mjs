// The productenboek website. The build passes the resolved model's path in
// JEUGDHULP_MODEL and the output folder in JEUGDHULP_SITE_OUT (src/site/render-site.ts).
import { defineConfig } from "astro/config";

// `npm run dev` reloads the browser through Vite after it rewrote the model (src/site/dev-server.ts).
const devReload = {
  name: "jeugdhulp-dev-reload",
  configureServer(server) {
    globalThis.__jeugdhulpReload = () => server.ws.send({ type: "full-reload" });
  },
};

export default defineConfig({
  srcDir: "./src/site",
  publicDir: "./src/site/public",
  outDir: process.env.JEUGDHULP_SITE_OUT ?? "./dist/site",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  vite: { logLevel: "warn", plugins: [devReload], server: { watch: { ignored: ["**/dist/**", "**/content/**", "**/test/**"] } } },
});
