// `npm run email:dev`: previews every react-email template with its PreviewProps at
// http://localhost:3025 (EMAIL_DEV_PORT). Templates are loaded once (Node caches modules): restart it
// after editing one. With `--out <dir>` it writes <name>.html / <name>.txt and index.html instead and exits.
import "./load-env";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { indexPage, renderAllPreviews, renderPreview, templateNames } from "@/lib/tooling/email-preview/render-previews";

async function writeAll(dir: string) {
  mkdirSync(dir, { recursive: true });
  const previews = await renderAllPreviews();
  for (const { name, rendered } of previews) {
    writeFileSync(path.join(dir, `${name}.html`), rendered.html);
    writeFileSync(path.join(dir, `${name}.txt`), rendered.text);
  }
  writeFileSync(path.join(dir, "index.html"), indexPage(previews));
  console.log(`Wrote ${previews.length} previews to ${dir}`);
}

function serve(port: number) {
  createServer(async (request, response) => {
    const match = /^\/([a-z0-9-]+)\.(html|txt)$/.exec(request.url ?? "");
    try {
      if (match && templateNames().includes(match[1]!)) {
        const { rendered } = await renderPreview(match[1]!);
        response.writeHead(200, { "content-type": match[2] === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" });
        response.end(match[2] === "html" ? rendered.html : rendered.text);
      } else if (request.url === "/" || request.url === "/index.html") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(indexPage(templateNames().map((name) => ({ name, rendered: { html: "", text: "" } }))));
      } else {
        response.writeHead(404).end("No such template");
      }
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(error instanceof Error ? error.stack : String(error));
    }
  }).listen(port, "127.0.0.1", () => console.log(`Email previews at http://localhost:${port}/`));
}

const outIndex = process.argv.indexOf("--out");
if (outIndex > 0) {
  writeAll(path.resolve(process.argv[outIndex + 1] ?? ".data/email-preview")).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  serve(Number(process.env.EMAIL_DEV_PORT ?? 3025));
}
