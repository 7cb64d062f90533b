import { describe, expect, it } from 'vitest';
import { scanHcl } from '../../src/changes/hcl/scan.js';

const blocks = (text: string) => {
  const r = scanHcl(text);
  if (!r.ok) throw new Error(`scan failed: ${r.problem.line} ${r.problem.message}`);
  return r.statements.map((s) => [s.kind, s.name, s.labels.join(' '), s.line]);
};

describe('scanHcl', () => {
  it('finds block headers and their lines past strings, templates, heredocs and comments', () => {
    const text = [
      '# resource "fake" "comment" {', // 1
      'resource "aws_iam_role" "a" {', // 2
      '  name = "x-${var.env}-}{"', // 3
      '  policy = <<-EOT', // 4
      '    resource "not" "a_block" {', // 5
      '    EOT', // 6
      '  tags = { a = "}" }', // 7
      '}', // 8
      '/* module "x" {', // 9
      '} */', // 10
      'module "m" {', // 11
      '  source = "./m"', // 12
      '  for_each = { for k, v in var.x : k => v if v != "{" }', // 13
      '}', // 14
      'locals { a = 1 }', // 15
      'data "aws_iam_policy_document" "d" {', // 16
      '  statement {', // 17
      '    actions = ["s3:*"]', // 18
      '  }', // 19
      '}', // 20
    ].join('\n');
    expect(blocks(text)).toEqual([
      ['block', 'resource', 'aws_iam_role a', 2],
      ['block', 'module', 'm', 11],
      ['block', 'locals', '', 15],
      ['block', 'data', 'aws_iam_policy_document d', 16],
    ]);
    const r = scanHcl(text);
    const data = r.statements[3];
    expect(data?.children.map((c) => [c.name, c.line])).toEqual([['statement', 17]]);
    expect(data?.children[0]?.children.map((c) => [c.kind, c.name, c.line])).toEqual([['attribute', 'actions', 18]]);
  });

  it('keeps escaped template markers ($${aws:username}) and escaped quotes inside strings', () => {
    expect(blocks('resource "a" "b" {\n  r = "arn:$${aws:username}\\"{"\n}\nresource "c" "d" {}\n')).toEqual([
      ['block', 'resource', 'a b', 1],
      ['block', 'resource', 'c d', 4],
    ]);
  });

  it.each([
    ['resource "a" "b" {\n  x = "open\n}\n', 2, 'unterminated string'],
    ['resource "a" "b" {\n  x = <<EOT\nnever closed\n', 2, 'unterminated heredoc'],
    ['resource "a" "b" {\n  x = 1\n', 1, 'never closed'],
    ['a = 1\n}\n', 2, 'unexpected "}"'],
    ['resource "a" "b" {\n  x = [1, 2\n}\n', 2, '"[" opened on line 2'],
    ['/* open comment\nresource "a" "b" {}\n', 1, 'unterminated comment'],
  ])('reports the line of a structural error: %#', (text, line, message) => {
    const r = scanHcl(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.line).toBe(line);
      expect(r.problem.message).toContain(message);
    }
  });
});
