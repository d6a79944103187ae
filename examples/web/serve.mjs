// A tiny static server for the dashboard, on 127.0.0.1 only: this folder at /, the built package at /pkg/.
// Usage: node serve.mjs [port]   (port 0 picks a free one; the URL is printed on the first line)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const roots = { "/pkg/": resolve(here, "..", "..", "bindings-wasm", "pkg"), "/": resolve(here) };
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith("/")) path += "index.html";
  const prefix = Object.keys(roots).find((p) => path.startsWith(p)) ?? "/";
  const root = roots[prefix];
  const file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
  }
});

const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`http://127.0.0.1:${actual}/`);
});
