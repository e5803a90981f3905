// What a simulated monitor will do, as a small JSON file an installer or a test can write:
//
//   {
//     "readings": [{ "systolic": 120, "diastolic": 80, "map": 93, "pulse": 72 }, { "error": "87" }],
//     "measurementMs": 3000,     // from start to result
//     "replyDelayMs": 20,        // before answering a command
//     "repeatEveryMs": 60000,    // Omron / Accutorr: measure by themselves this often (null: only on demand)
//     "firstMeasurementMs": 2000,// Omron / Accutorr: the first measurement after power-up (null: none)
//     "peakCuffMmHg": 170,       // SunTech: how far the cuff inflates
//     "omronModel": "9020",      // which CSV layout an Omron sends
//     "noise": { "garbageBytes": 3, "chunkBytes": 4, "chunkGapMs": 2, "seed": 7 }
//   }
//
// Measurements use the readings in order and start again from the first after the last.
// An { "error": code } entry makes the measurement fail with the device's code ("87" for SunTech,
// "E44" for A&D). Omron and Accutorr have no documented error frames; for them it sends the
// impossible values a failing cuff sends (2047/238).
import { z } from 'zod';

const ValuesSchema = z
  .object({
    systolic: z.number().int().min(0).max(65535),
    diastolic: z.number().int().min(0).max(65535),
    map: z.number().int().min(0).max(65535).optional(),
    pulse: z.number().int().min(0).max(255).optional(),
    spo2: z.number().int().min(0).max(100).optional(),
  })
  .strict();

const ErrorSchema = z.object({ error: z.string().min(1).max(8) }).strict();

const NoiseSchema = z
  .object({
    /** Random bytes sent before every frame (never bytes that could start a frame). */
    garbageBytes: z.number().int().min(0).max(64).default(0),
    /** Frames are written in pieces of at most this many bytes (0: whole). */
    chunkBytes: z.number().int().min(0).max(1024).default(0),
    chunkGapMs: z.number().int().min(0).max(100).default(2),
    seed: z.number().int().default(1),
  })
  .strict();

export const SimulatorScriptSchema = z
  .object({
    readings: z.array(z.union([ValuesSchema, ErrorSchema])).min(1).default([{ systolic: 120, diastolic: 80, map: 93, pulse: 72 }]),
    measurementMs: z.number().int().min(0).max(600_000).default(3000),
    replyDelayMs: z.number().int().min(0).max(10_000).default(10),
    repeatEveryMs: z.number().int().min(100).max(86_400_000).nullable().default(null),
    firstMeasurementMs: z.number().int().min(0).max(86_400_000).nullable().default(null),
    peakCuffMmHg: z.number().int().min(20).max(300).default(170),
    omronModel: z.enum(['9020', '9030']).default('9020'),
    noise: NoiseSchema.default({ garbageBytes: 0, chunkBytes: 0, chunkGapMs: 2, seed: 1 }),
  })
  .strict();

export type SimulatorScript = z.infer<typeof SimulatorScriptSchema>;
export type ScriptEntry = SimulatorScript['readings'][number];
export type ScriptValues = z.infer<typeof ValuesSchema>;

/** The script with every default filled in; throws a readable message for a bad script. */
export function parseSimulatorScript(input: unknown): SimulatorScript {
  const r = SimulatorScriptSchema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new Error(`Bad simulator script: ${where}${issue?.message ?? 'not valid'}`);
}

export function isError(entry: ScriptEntry): entry is { error: string } {
  return 'error' in entry;
}

/** Hands out the script's readings in order, round and round. */
export class ReadingSequence {
  private next = 0;
  constructor(private readonly entries: readonly ScriptEntry[]) {}
  take(): ScriptEntry {
    const entry = this.entries[this.next % this.entries.length];
    this.next++;
    return entry;
  }
}

/** What a cuff sends after a failed measurement when its protocol has no error code for it. */
export const GARBAGE_VALUES: ScriptValues = { systolic: 2047, diastolic: 238, map: 0, pulse: 0 };

export function describeEntry(entry: ScriptEntry): string {
  if (isError(entry)) return `error ${entry.error}`;
  const extra = [entry.map !== undefined ? `MAP ${entry.map}` : null, entry.pulse !== undefined ? `pulse ${entry.pulse}` : null]
    .filter(Boolean)
    .join(', ');
  return `${entry.systolic}/${entry.diastolic}${extra ? ` (${extra})` : ''}`;
}
