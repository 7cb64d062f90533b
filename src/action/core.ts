/**
 * The part of @actions/core the action uses, with the same output byte for byte: inputs from `INPUT_*`,
 * workflow commands on stdout (`::error::`, `::add-mask::`, …), outputs and state through the files the
 * runner names (GITHUB_OUTPUT, GITHUB_STATE), the job summary (GITHUB_STEP_SUMMARY).
 *
 * Why not the library: its entry imports its OIDC client, and with it @actions/http-client and undici
 * (~780 KB, ~70 ms), and the package exports no entry without it, so it cannot be loaded in part. The action
 * must not pay that before it has read one input. The OIDC token (`getIDToken`) is the one call that needs
 * HTTP; the action does not make it (configure-aws-credentials does). If it ever does, import it at the call
 * site: `(await import('@actions/core')).getIDToken(aud)`, so it stays off the start path.
 * test/action/core.test.ts runs every writer here against @actions/core on the same values.
 */
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import os from 'node:os';

export interface InputOptions {
  /** Throw when the input is empty or missing. */
  required?: boolean;
  /** Trim the value (default true). */
  trimWhitespace?: boolean;
}

/** Where an annotation points (as @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export type CommandProperties = Record<string, unknown>;

/** Strings as they are, null and undefined as '', anything else as JSON. */
export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

/** A command's message: `%`, CR and LF are escaped (in that order, so `%0A` in a message stays literal). */
export function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property's value: as a message, and `:` and `,` too (they separate properties). */
export function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::name key=value,key=value::message`. Properties with a falsy value are left out (so is `line=0`);
 * a non-empty property object whose values are all falsy still leaves the space after the name, as
 * @actions/core does.
 */
export function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  let out = `::${command || 'missing.command'}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    out += ' ';
    let first = true;
    for (const key of keys) {
      const value = properties[key];
      if (!value) continue;
      out += `${first ? '' : ','}${key}=${escapeProperty(value)}`;
      first = false;
    }
  }
  return `${out}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + os.EOL);
}

export function toCommandProperties(p: AnnotationProperties): CommandProperties {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

/** `name<<ghadelimiter_UUID`, the value, the delimiter: the multi-line form every file command takes. */
export function prepareKeyValueMessage(key: string, value: unknown): string {
  // The global Web Crypto loads node:crypto on first use, not when the action starts.
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os.EOL}${converted}${os.EOL}${delimiter}`;
}

/** Appends one message to the file `GITHUB_<COMMAND>` names; the runner creates the file. */
export function issueFileCommand(command: string, message: unknown): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${toCommandValue(message)}${os.EOL}`, { encoding: 'utf8' });
}

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

/** The runner masks the value in every later line of the log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT']) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** State for this action's post step (`STATE_<name>` there). */
export function saveState(name: string, value: unknown): void {
  if (process.env['GITHUB_STATE']) return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

/** Exit code 1 when the process ends, and the message as an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/**
 * Appends markdown and a line end to the job summary, as `core.summary.addRaw(text, true).write()`
 * does, with its errors when the runner gave no summary file or it cannot be written.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) {
    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  }
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown + os.EOL, { encoding: 'utf8' });
}
