// Scripts (seed, import, key rotation) run in plain Node, outside React's server graph, yet share
// lib/ modules marked `import "server-only"`. This hook resolves that marker to an empty module,
// exactly as the bundler does for server code.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`),
  import.meta.url,
);
