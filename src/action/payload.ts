/**
 * The fields of the event payload the action reads, checked with zod. Loaded on demand by context.ts,
 * so a step that fails at its inputs does not load zod.
 */
import { z } from 'zod';

const labelSchema = z.object({ name: z.string() }).passthrough();
const payloadSchema = z
  .object({
    action: z.string().optional(),
    number: z.number().optional(),
    label: labelSchema.optional(),
    sender: z.object({ login: z.string() }).passthrough().optional(),
    pull_request: z
      .object({
        number: z.number(),
        updated_at: z.string().optional(),
        labels: z.array(labelSchema).optional(),
        head: z
          .object({
            sha: z.string(),
            repo: z.object({ full_name: z.string() }).passthrough().nullable().optional(),
          })
          .passthrough(),
        base: z
          .object({
            sha: z.string().optional(),
            repo: z.object({ full_name: z.string() }).passthrough().nullable().optional(),
          })
          .passthrough(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

export type EventPayload = z.infer<typeof payloadSchema>;

/** The payload when it has the shape we read, else nothing (a run without PR details). */
export function parsePayload(raw: unknown): EventPayload {
  const parsed = payloadSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
