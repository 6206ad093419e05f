#!/usr/bin/env node
// Renders every input of INPUT_DIR (`<part>.<client>.json`, written by tests/forms_browser.rs)
// in headless Chromium and checks it: no render, page or console error, no unsupported field
// or unknown component, every label Chinese, no English in buttons, table heads and
// placeholders but what JSON Forms hard-codes, every finding's message inside its field's
// element, paragraphs as multi-line controls, and (Formily) the form's own validation passes. Prints one line per form with its
// page height, then "ok" or the failures; exit code 1 on any failure.
//
//   node run.mjs INPUT_DIR [SCREENSHOT_DIR]
//
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [inputDir, shotDir] = process.argv.slice(2);
if (!inputDir) {
  console.error('usage: node run.mjs INPUT_DIR [SCREENSHOT_DIR]');
  process.exit(2);
}

const bundle = await build({
  entryPoints: [join(here, 'src/app.jsx')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const appJs = bundle.outputFiles[0].contents;
const page = readFileSync(join(here, 'src/page.html'));

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (url.pathname === '/app.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(appJs);
  } else if (url.pathname.startsWith('/input/')) {
    const name = url.pathname.slice('/input/'.length);
    if (!/^[a-z_]+\.[a-z]+\.json$/.test(name)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(inputDir, name)));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN', '--disable-background-networking'],
});
const context = await browser.newContext({
  viewport: { width: 1000, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});
await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));

const CJK = /[\u3400-\u9fff]/;
const names = readdirSync(inputDir).filter((n) => n.endsWith('.json')).sort();
const failures = [];
const heights = {};
for (const name of names) {
  const input = JSON.parse(readFileSync(join(inputDir, name), 'utf8'));
  const tab = await context.newPage();
  const consoleErrors = [];
  const warnings = [];
  tab.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  tab.on('pageerror', (e) => consoleErrors.push(String(e)));
  const started = Date.now();
  await tab.goto(`${origin}/#${name}`);
  await tab.evaluate((plain) => plain && document.body.classList.add('plain'), input.client !== 'formily');
  await tab.waitForFunction(() => window.__result && window.__result.ready, null, { timeout: 120000 });
  const report = await tab.evaluate(async (expected) => {
    const r = window.__result;
    const height = document.documentElement.scrollHeight;
    const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
    const labels = [...document.querySelectorAll('label, legend, .ant-form-item-label, .ant-collapse-header-text, .ant-tabs-tab')]
      .map(text)
      .filter((t) => t && t !== '*');
    const chrome = [
      ...[...document.querySelectorAll('button, th')].map(text),
      ...[...document.querySelectorAll('[placeholder]')].map((el) => el.getAttribute('placeholder')),
    ].filter((t) => t && /[A-Za-z]{2,}/.test(t));
    const unsupported = [...document.querySelectorAll('.unsupported-field')].map(text);
    const findings = [];
    for (const f of expected) {
      if (window.__api.reveal) await window.__api.reveal(f.segments, f.message);
      const el = window.__api.fieldElement(f.segments);
      findings.push({ ...f, found: !!el, shown: !!el && (el.textContent || '').includes(f.message) });
    }
    const validation = window.__api.validate ? await window.__api.validate() : [];
    return {
      renderError: r.renderError,
      unknownComponents: r.unknownComponents,
      labels,
      chrome: [...new Set(chrome)],
      unsupported,
      findings,
      validation,
      textareas: document.querySelectorAll('textarea').length,
      inputs: document.querySelectorAll('input, select, textarea').length,
      height,
    };
  }, input.expected);
  const problems = [];
  if (report.renderError) problems.push(`render error: ${report.renderError}`);
  for (const e of consoleErrors) problems.push(`console error: ${e.slice(0, 300)}`);
  for (const w of warnings) if (/No applicable/.test(w)) problems.push(`unsupported: ${w.slice(0, 200)}`);
  for (const u of report.unsupported) problems.push(`unsupported field: ${u.slice(0, 200)}`);
  for (const u of report.unknownComponents) problems.push(`unknown component: ${u}`);
  for (const l of report.labels) if (!CJK.test(l)) problems.push(`label not Chinese: ${l}`);
  for (const f of report.findings) {
    if (!f.shown) problems.push(`finding not at its field (${f.found ? 'field found' : 'no field'}): /${f.segments.join('/')} ${f.message}`);
  }
  // English the client lets a page translate must be gone; what JSON Forms' vanilla
  // renderers hard-code ("Add to …" on lists of objects, a table's "Items"/"Valid") may stay.
  const untranslatable = input.client === 'jsonforms' ? /^(Add to .*|Items|Valid)$/ : null;
  for (const c of report.chrome) if (!(untranslatable && untranslatable.test(c))) problems.push(`English chrome: ${c}`);
  for (const v of report.validation) problems.push(`Formily validation: ${JSON.stringify(v).slice(0, 300)}`);
  if (input.paragraphs > 0 && report.textareas < input.paragraphs) {
    problems.push(`${input.paragraphs} paragraphs but ${report.textareas} multi-line controls`);
  }
  const [part, client] = name.split('.');
  (heights[part] ||= {})[client] = report.height;
  console.log(
    `${part} ${client}: height ${report.height} px, ${report.inputs} inputs, ${report.textareas} textareas, ` +
      `${report.findings.length} findings shown ${report.findings.filter((f) => f.shown).length}, ` +
      `${Date.now() - started} ms${report.chrome.length ? `; English chrome left: ${report.chrome.join(' | ').slice(0, 300)}` : ''}`,
  );
  if (shotDir && input.screenshot) {
    mkdirSync(shotDir, { recursive: true });
    await tab.screenshot({
      path: join(shotDir, `${part}.${client}.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1000, height: Math.min(report.height, 4000) },
    });
  }
  for (const p of problems) failures.push(`${name}: ${p}`);
  await tab.close();
}
await browser.close();
server.close();
console.log(`heights ${JSON.stringify(heights)}`);
if (failures.length) {
  console.log(`${failures.length} failures:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('ok');
