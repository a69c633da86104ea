// What an editor shows for listing files: yaml-language-server (the engine of VS Code's YAML extension) reads each
// document against a schema file, as it does a file whose first line names that schema.
// Reads JSON on stdin: {"schema": path, "documents": {name: text}, "complete": {name: [line, character]}}.
// Writes JSON: {"marked": {name: [message, ...]}, "offered": {name: [label, ...]}}.
const fs = require('fs');
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
const { TextDocument } = require('vscode-languageserver-textdocument');

(async () => {
  const asked = JSON.parse(fs.readFileSync(0, 'utf8'));
  const uri = 'file://' + asked.schema;
  const service = getLanguageService({
    schemaRequestService: async () => fs.readFileSync(asked.schema, 'utf8'),
    workspaceContext: { resolveRelativePath: (path) => path },
  });
  service.configure({ validate: true, completion: true, yamlVersion: '1.2', schemas: [{ uri, fileMatch: ['*.yaml'] }] });
  const open = (name) => TextDocument.create(`file:///listings/${name}.yaml`, 'yaml', 1, asked.documents[name]);
  const marked = {};
  for (const name of Object.keys(asked.documents)) {
    marked[name] = (await service.doValidation(open(name), false)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
  }
  const offered = {};
  for (const [name, [line, character]] of Object.entries(asked.complete || {})) {
    offered[name] = (await service.doComplete(open(name), { line, character }, false)).items.map((item) => item.label);
  }
  process.stdout.write(JSON.stringify({ marked, offered }));
})();
