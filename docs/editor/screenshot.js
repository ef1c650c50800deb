// The picture in docs/editor.md: Taplo's language server (the engine of
// Even Better TOML) asked, on a case file that names `bpa schema case`'s
// schema with `#:schema`, for the keys it completes in [need], the values it
// completes for `end`, and the marks it puts under wrong keys and values;
// its answers drawn as an editor page. Run from a folder with
// `npm install @taplo/lsp@0.8.0`:
//
//   bpa schema case > bpa-case.schema.json
//   node screenshot.js > editor.html
//   chromium --headless --screenshot=editor-completion.png --window-size=1100,640 editor.html
const { TaploLsp } = require('@taplo/lsp');
const fs = require('fs');
const path = require('path');

const CASE = `#:schema ./bpa-case.schema.json
id = "BPA-2025-0001"
year = 2025
scheme = "bpa"
employer = "company"

[period]
from = 2025-03-01
to = 2025-09-30
end = 

[need]
weekday_day = 30.0
weekday_evning = 10.0
saturday = 200.0

`;
// The file as it stands when the marks are asked for: whole, so Taplo
// checks it against the schema (the cursor line is not yet written out).
const WHOLE = CASE.replace('end = \n', 'end = "other"\n');
// Where the cursor stands: after `end = `, and on the empty last line of [need].
const VALUE_AT = { line: 9, character: 6 };
const KEY_AT = { line: 16, character: 0 };

const env = {
  now: () => new Date(), envVar: (n) => process.env[n], envVars: () => Object.entries(process.env),
  stdErrAtty: () => false, stdin: process.stdin, stdout: process.stderr, stderr: process.stderr,
  glob: () => [], readFile: (p) => fs.promises.readFile(p), writeFile: (p, b) => fs.promises.writeFile(p, b),
  urlToFilePath: (u) => decodeURIComponent(u.replace(/^file:\/\//, '')), isAbsolute: (p) => path.isAbsolute(p),
  cwd: () => process.cwd(), findConfigFile: () => undefined,
};

async function ask() {
  let id = 0;
  const pending = {};
  let diagnostics = [];
  const lsp = await TaploLsp.initialize(env, {
    onMessage: (m) => {
      if (m.id !== undefined && pending[m.id]) {
        pending[m.id](m.result);
        delete pending[m.id];
      } else if (m.method === 'textDocument/publishDiagnostics') {
        diagnostics = m.params.diagnostics;
      } else if (m.method && m.id !== undefined) {
        const result = m.method === 'workspace/configuration' ? m.params.items.map(() => ({})) : {};
        lsp.send({ jsonrpc: '2.0', id: m.id, result });
      }
    },
  });
  const req = (method, params) => new Promise((r) => {
    pending[++id] = r;
    lsp.send({ jsonrpc: '2.0', id, method, params });
  });
  const root = 'file://' + process.cwd();
  const uri = root + '/case.toml';
  await req('initialize', {
    processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'cases' }],
    capabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown'] } } } },
  });
  lsp.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const open = { textDocument: { uri, languageId: 'toml', version: 1, text: WHOLE } };
  lsp.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: open });
  await new Promise((r) => setTimeout(r, 2000));
  const marks = diagnostics;
  const change = { textDocument: { uri, version: 2 }, contentChanges: [{ text: CASE }] };
  lsp.send({ jsonrpc: '2.0', method: 'textDocument/didChange', params: change });
  await new Promise((r) => setTimeout(r, 1000));
  const doc = { textDocument: { uri } };
  const values = await req('textDocument/completion', { ...doc, position: VALUE_AT });
  const keys = await req('textDocument/completion', { ...doc, position: KEY_AT });
  return { values, keys, diagnostics: marks };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page({ values, keys, diagnostics }) {
  const lines = CASE.split('\n');
  const cursor = (i, text) => {
    const at = [VALUE_AT, KEY_AT].find((p) => p.line === i);
    return at ? esc(text.slice(0, at.character)) + '<span class="cur"></span>' + esc(text.slice(at.character)) : null;
  };
  const marked = (i, text) => {
    const d = diagnostics.find((d) => d.range.start.line === i && d.range.end.line === i);
    if (!d) return cursor(i, text) ?? esc(text);
    const a = d.range.start.character, b = d.range.end.character;
    return esc(text.slice(0, a)) + `<span class="err">${esc(text.slice(a, b))}</span>` + esc(text.slice(b));
  };
  const popup = (items, at) => {
    const first = items[0];
    return `<div class="popup" style="top:${(at.line + 1) * 22 + 8}px;left:${at.character * 9.6 + 60}px">
      <div class="list">${items.map((it, i) => `<div class="item${i ? '' : ' sel'}"><span class="kind">${it.kind === 12 ? '◆' : '▣'}</span>${esc(it.label)}</div>`).join('')}</div>
      <div class="doc">${esc(first.documentation.value)}</div></div>`;
  };
  const problems = diagnostics.map((d) => `<div>⚠ case.toml ${d.range.start.line + 1}:${d.range.start.character + 1}: ${esc(d.message)}</div>`).join('');
  return `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#1e1e1e;font:15px/22px "DejaVu Sans Mono",monospace;color:#d4d4d4}
.bar{background:#2d2d2d;color:#ccc;padding:6px 12px;font-family:"DejaVu Sans",sans-serif;font-size:13px}
.editor{position:relative;padding:8px 0;height:560px}
.cur{display:inline-block;width:2px;height:18px;background:#aeafad;vertical-align:middle}
.line{white-space:pre;height:22px}.no{display:inline-block;width:44px;text-align:right;color:#858585;margin-right:16px}
.err{text-decoration:underline wavy #f14c4c;text-underline-offset:4px}
.popup{position:absolute;display:flex;gap:0;font-size:14px;box-shadow:0 4px 14px #000a}
.list{background:#252526;border:1px solid #454545;min-width:220px}
.item{padding:0 10px;white-space:pre}.sel{background:#04395e}.kind{color:#b180d7;margin-right:8px}
.doc{background:#252526;border:1px solid #454545;border-left:none;width:380px;padding:6px 10px;font-family:"DejaVu Sans",sans-serif;font-size:13px;line-height:19px;white-space:normal}
.problems{position:fixed;bottom:0;left:0;right:0;background:#1e1e1e;border-top:1px solid #454545;padding:6px 12px;font-family:"DejaVu Sans",sans-serif;font-size:13px;color:#f0a0a0}
</style><div class="bar">case.toml — #:schema ./bpa-case.schema.json (Taplo, Even Better TOML)</div>
<div class="editor">${lines.map((l, i) => `<div class="line"><span class="no">${i + 1}</span>${marked(i, l)}</div>`).join('')}
${popup(values, VALUE_AT)}${popup(keys, KEY_AT)}</div>
<div class="problems">${problems}</div>`;
}

ask().then((answers) => {
  process.stdout.write(page(answers));
  process.exit(0);
});
