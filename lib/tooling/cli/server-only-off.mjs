// Scripts (seed, import, key rotation) run in plain Node, outside React's server graph, yet share
// lib/ modules marked `import "server-only"`. This hook resolves that marker to an empty module,
// exactly as the bundler does for server code.
import Module, { createRequire, register } from "node:module";

// ES modules: resolve the marker to an empty module.
register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`),
  import.meta.url,
);

// CommonJS: tsx compiles this (non-"type": "module") project's .ts files to CommonJS, whose
// require() the hook above never sees, so put an empty module in the require cache instead.
const require = createRequire(import.meta.url);
const marker = require.resolve("server-only");
const empty = new Module(marker);
empty.filename = marker;
empty.loaded = true;
empty.exports = {};
require.cache[marker] = empty;
