/**
 * The README's inputs and outputs tables, generated from action.yml so they cannot drift.
 * scripts/readme.mjs injects the result at the `<!-- action-io -->` marker; CI checks README is current.
 */
import { parse } from 'yaml';

/** One table cell: a single line, pipes escaped, surrounding space trimmed. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function defaultCell(value) {
  if (value === undefined || value === null || value === '') return '';
  return `\`${String(value).replace(/`/g, '\\`')}\``;
}

/** @param {string} actionYmlText @returns {string} */
export function renderActionTable(actionYmlText) {
  const action = parse(actionYmlText) ?? {};
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = ['#### Inputs', '', '| Input | Description | Default |', '| --- | --- | --- |'];
  for (const [name, spec] of inputs) {
    lines.push(`| \`${name}\`${spec?.required ? ' (required)' : ''} | ${cell(spec?.description)} | ${defaultCell(spec?.default)} |`);
  }
  lines.push('', '#### Outputs', '', '| Output | Description |', '| --- | --- |');
  for (const [name, spec] of outputs) lines.push(`| \`${name}\` | ${cell(spec?.description)} |`);
  return `${lines.join('\n')}\n`;
}
