#!/usr/bin/env node
/**
 * The floor of a streaming reader: @streamparser/json over the whole plan, keeping only the
 * resource_changes whose type starts with aws_iam_. Prints how many it kept.
 */
import { JSONParser } from '@streamparser/json';
import { createReadStream } from 'node:fs';

const parser = new JSONParser({ paths: ['$.resource_changes.*'], keepStack: false });
let kept = 0;
parser.onValue = ({ value }) => {
  if (typeof value?.type === 'string' && value.type.startsWith('aws_iam_')) kept++;
};
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) parser.write(chunk);
process.stdout.write(`${kept}\n`);
