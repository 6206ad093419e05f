import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
const b = await build({ entryPoints: ['src/app.jsx'], bundle: true, write: false, format: 'esm', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' });
const js = b.outputFiles[0].contents;
const srv = createServer((q, r) => { const f = '/tmp/fzdbg/' + q.url.split('/').pop(); q.url === '/' ? r.end(readFileSync('src/page.html')) : q.url === '/app.js' ? r.writeHead(200, {'content-type':'text/javascript'}).end(js) : existsSync(f) ? r.end(readFileSync(f)) : r.writeHead(404).end(); });
await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
const br = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await br.newPage();
await p.goto(`http://127.0.0.1:${srv.address().port}/#measures.rjsf.json`);
await p.evaluate(() => document.body.classList.add('plain'));
await p.waitForFunction(() => window.__result && window.__result.ready);
console.log(await p.evaluate(() => {
  const el = document.getElementById('root_items_0_studies_0');
  const strip = (n, d) => d > 3 ? '' : `<${n.tagName.toLowerCase()} class="${n.className}" id="${n.id}" d="${getComputedStyle(n).display}">` + [...n.children].map((c) => strip(c, d + 1)).join('') + '</>';
  return el.tagName + ' ' + strip(el, 0).slice(0, 3000);
}));
await br.close(); srv.close();
