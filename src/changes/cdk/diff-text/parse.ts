/**
 * The text `cdk diff` prints, read back into structure: stacks, their IAM tables (cells that wrap over
 * several lines joined again) and their Resources section with property trees. Pure: text in, data out.
 */

export interface TableRow {
  sign: '+' | '-';
  /** Cell text per column (header name → lines of the cell). */
  cells: Record<string, string[]>;
  line: number;
}

export interface ResourceLine {
  sign: '+' | '-' | '~' | '←';
  type: string;
  path: string;
  logicalId: string;
  impact?: 'replace' | 'may be replaced' | 'destroy' | 'orphan' | 'import';
  line: number;
  properties: PropertyChange[];
}

export interface PropertyChange {
  name: string;
  sign: '+' | '-' | '~';
  impact?: 'requires replacement' | 'may cause replacement';
  /** Scalar values when the tree shows them directly (`├─ [-] old`, `└─ [+] new`). */
  before?: string;
  after?: string;
}

export interface StackDiff {
  stack: string;
  line: number;
  statements: TableRow[];
  managedPolicies: TableRow[];
  resources: ResourceLine[];
}

export interface ParsedDiff {
  stacks: StackDiff[];
  /** Lines that look like cdk diff (headers, tables, markers): 0 means this is not cdk diff output. */
  recognized: number;
  /** A table that opens (┌) and never closes (└): the output was cut, so changes may be missing. */
  cutTable?: { section: string; line: number };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;

export function cleanLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => {
      const s = l.replace(ANSI, '');
      // Spinners rewrite a line with \r: what the terminal shows is what follows the last one.
      const cr = s.lastIndexOf('\r');
      return cr >= 0 ? s.slice(cr + 1) : s;
    });
}

const SECTION_HEADERS = new Set([
  'IAM Statement Changes',
  'IAM Policy Changes',
  'IAM Identity Center Changes',
  'Security Group Changes',
  'Resources',
  'Parameters',
  'Outputs',
  'Conditions',
  'Mappings',
  'Metadata',
  'Other Changes',
  'Template',
  'Transform',
  'Description',
  'AWSTemplateFormatVersion',
  'Rules',
  'Hooks',
]);

const STACK_LINE = /^Stack (\S+)\s*$/;
const PROGRESS_LINE = /^([A-Za-z][A-Za-z0-9-]*):\s+(?:start|success|fail):/;
const RESOURCE_LINE = /^\[([+\-~←])\] (\S+::\S+) (.+)$/;
const PROPERTY_LINE = /^ [├└]─ \[([+\-~])\] (.+?)(?: \((requires replacement|may cause replacement)\))?$/;
const VALUE_LINE = /^ [ │] {3}[├└]─ \[([+-])\] (.*)$/;
const IMPACTS = ['may be replaced', 'replace', 'destroy', 'orphan', 'import'] as const;

/** Where a table cell item starts, per column: other lines are the same item wrapped. */
const ITEM_START: Record<string, RegExp> = {
  Resource: /^(?:arn:|\$\{|\*|NOT )/,
  Action: /^(?:[a-zA-Z0-9-]+:[A-Za-z0-9*?]|\*|NOT )/,
  Principal: /^(?:AWS:|Service:|Federated:|CanonicalUser:|\*|NOT )/,
  'Managed Policy ARN': /^(?:arn:|\$\{)/,
};

function splitRow(line: string): string[] {
  const inner = line.trim();
  return inner
    .slice(1, inner.endsWith('│') ? -1 : undefined)
    .split('│')
    .map((c) => c.trim());
}

export function parseCdkDiff(text: string): ParsedDiff {
  const lines = cleanLines(text);
  const stacks: StackDiff[] = [];
  let recognized = 0;
  let current: StackDiff | undefined;
  let pendingName: string | undefined;
  let section: string | undefined;
  let header: string[] | undefined;
  let row: TableRow | undefined;
  let resource: ResourceLine | undefined;
  let property: PropertyChange | undefined;
  let openTable: string | undefined;
  let lastLine = 0;

  const stackFor = (lineNo: number): StackDiff => {
    if (!current) {
      current = { stack: pendingName ?? '(unnamed stack)', line: lineNo, statements: [], managedPolicies: [], resources: [] };
      stacks.push(current);
    }
    return current;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\s+$/, '');
    const trimmed = line.trim();
    if (trimmed !== '') lastLine = lineNo;
    const stackMatch = STACK_LINE.exec(trimmed);
    if (stackMatch) {
      recognized++;
      current = { stack: stackMatch[1] as string, line: lineNo, statements: [], managedPolicies: [], resources: [] };
      stacks.push(current);
      section = undefined;
      resource = undefined;
      return;
    }
    const progress = PROGRESS_LINE.exec(trimmed);
    if (progress && !current) pendingName = progress[1];
    if (SECTION_HEADERS.has(trimmed) && !line.startsWith(' ')) {
      recognized++;
      section = trimmed;
      header = undefined;
      row = undefined;
      resource = undefined;
      property = undefined;
      return;
    }
    if (/Number of stacks with differences|There were no differences/.test(trimmed)) {
      recognized++;
      section = undefined;
      return;
    }
    if (section === 'IAM Statement Changes' || section === 'IAM Policy Changes') {
      if (/^[┌├└]/.test(trimmed)) {
        recognized++;
        if (trimmed.startsWith('┌')) openTable = section;
        if (trimmed.startsWith('└')) {
          row = undefined;
          openTable = undefined;
        }
        return;
      }
      if (!trimmed.startsWith('│')) return;
      const cells = splitRow(trimmed);
      if (!header) {
        header = cells;
        return;
      }
      const sign = cells[0];
      if (sign === '+' || sign === '-') {
        row = { sign, cells: {}, line: lineNo };
        const target = section === 'IAM Statement Changes' ? stackFor(lineNo).statements : stackFor(lineNo).managedPolicies;
        target.push(row);
      } else if (!row || sign !== '') {
        return;
      }
      header.forEach((name, col) => {
        if (col === 0 || !row) return;
        const value = cells[col] ?? '';
        if (value === '') return;
        const list = (row.cells[name] ??= []);
        const start = ITEM_START[name];
        if (list.length > 0 && start && !start.test(value) && sign === '') list[list.length - 1] += value;
        else list.push(value);
      });
      return;
    }
    if (section === 'Resources') {
      const rm = RESOURCE_LINE.exec(line);
      if (rm) {
        recognized++;
        let rest = (rm[3] as string).replace(/\s*\(OR move .*\)$/, '').trim();
        let impact: ResourceLine['impact'];
        for (const candidate of IMPACTS) {
          if (rest.endsWith(` ${candidate}`)) {
            impact = candidate;
            rest = rest.slice(0, -candidate.length - 1).trim();
            break;
          }
        }
        const tokens = rest.split(' ');
        const logicalId = tokens.pop() as string;
        resource = {
          sign: rm[1] as ResourceLine['sign'],
          type: rm[2] as string,
          path: tokens.join(' ') || logicalId,
          logicalId,
          line: lineNo,
          properties: [],
          ...(impact ? { impact } : {}),
        };
        stackFor(lineNo).resources.push(resource);
        property = undefined;
        return;
      }
      if (!resource) return;
      const pm = PROPERTY_LINE.exec(line);
      if (pm) {
        property = { name: pm[2] as string, sign: pm[1] as PropertyChange['sign'] };
        if (pm[3]) property.impact = pm[3] as PropertyChange['impact'];
        resource.properties.push(property);
        return;
      }
      const vm = VALUE_LINE.exec(line);
      if (vm && property) {
        if (vm[1] === '-' && property.before === undefined) property.before = vm[2];
        if (vm[1] === '+' && property.after === undefined) property.after = vm[2];
      }
    }
  });
  return { stacks, recognized, ...(openTable !== undefined ? { cutTable: { section: openTable, line: lastLine } } : {}) };
}
