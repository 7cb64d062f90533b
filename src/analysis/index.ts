export { analyze, type AnalysisContext } from './analyze.js';
export { requestFor } from './request.js';
export { RULES, judgeEffect, judgeRole } from './rules.js';
export { decide } from './decision.js';
