/** Replaced at bundle time by esbuild `define`; falls back to package.json when run from source. */
declare const __IBR_VERSION__: string | undefined;
export const TOOL_NAME = 'iam-blast-radius';
export const TOOL_VERSION: string = typeof __IBR_VERSION__ === 'string' ? __IBR_VERSION__ : '0.1.0';
