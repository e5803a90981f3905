// The scripted clinic shift the soak runs: N chairs, each turning a Spravato patient over every
// 2.5 hours. Pure: it says what happens to which chair at which minute; soak/run-shift.ts does it.
//
// Chairs start 6 minutes apart, so all of them are occupied both after hour 1 and after hour 12 and
// the two memory measurements compare like with like (a free tile is smaller than an occupied one).
// For the same reason the one raised alarm of a session (a crisis BP at 62 min, acknowledged at once
// and cleared by the next two readings) is never active at either measurement.

export const TURNOVER_MIN = 150;
export const CHAIR_STAGGER_MIN = 6;
/** First device at 10 min after check-in, second after the 5-minute rest: the timer runs from the first. */
const DEVICE_MINUTES = [10, 15];
const FIRST_READING_MIN = 20;
const LAST_READING_MIN = 130;
const READING_EVERY_MIN = 5;
const CRISIS_MIN = 62;
const DISCHARGE_MIN = 132;
/** Three patients in eight have a crisis BP reading: chairs 1, 4, 7 in odd turns, 2, 5, 8 in even
 *  ones, so the pattern repeats every two turnovers, as the chairs' minutes do (see below). */
function hasCrisis(chairIndex: number, cycle: number): boolean {
  return chairIndex % 3 === cycle % 2;
}

export interface Reading {
  bp: { systolic: number; diastolic: number; pulse: number };
  spo2: number;
  moaas: number;
  dissociation: { global: 'none' | 'mild' };
}

export type ChairAction =
  | { kind: 'check-in'; clinicId: string }
  | { kind: 'device'; lot: string }
  | { kind: 'reading'; reading: Reading }
  | { kind: 'acknowledge-alarms' }
  | { kind: 'discharge' };

export interface PlannedAction {
  chairIndex: number;
  /** Which patient of this chair's shift (0 for the first). */
  cycle: number;
  action: ChairAction;
}

export interface ShiftShape {
  chairs: number;
  hours: number;
}

function normalReading(minute: number, chairIndex: number): Reading {
  // Just after the dose the patient is a little drowsy and dissociated, as is usual; neither alarms.
  const early = minute <= 40;
  const step = minute / READING_EVERY_MIN;
  return {
    bp: { systolic: 122 + ((step + chairIndex) % 9), diastolic: 76 + (step % 6), pulse: 68 + (step % 7) },
    spo2: 97 + (step % 2),
    moaas: early ? 4 : 5,
    dissociation: { global: early ? 'mild' : 'none' },
  };
}

const CRISIS_READING: Reading = { bp: { systolic: 186, diastolic: 112, pulse: 96 }, spo2: 97, moaas: 5, dissociation: { global: 'none' } };

/** What happens to one patient `minute` minutes after their check-in. */
function cycleActions(minute: number, chairIndex: number, cycle: number): ChairAction[] {
  const crisisPatient = hasCrisis(chairIndex, cycle);
  const out: ChairAction[] = [];
  if (minute === 0) out.push({ kind: 'check-in', clinicId: `SOAK-${chairIndex + 1}-${cycle + 1}` });
  if (DEVICE_MINUTES.includes(minute)) out.push({ kind: 'device', lot: `LOT-${cycle + 1}` });
  if (minute >= FIRST_READING_MIN && minute <= LAST_READING_MIN && minute % READING_EVERY_MIN === 0) {
    out.push({ kind: 'reading', reading: normalReading(minute, chairIndex) });
  }
  if (crisisPatient && minute === CRISIS_MIN) out.push({ kind: 'reading', reading: CRISIS_READING });
  if (crisisPatient && minute === CRISIS_MIN + 1) out.push({ kind: 'acknowledge-alarms' });
  if (minute === DISCHARGE_MIN) out.push({ kind: 'discharge' });
  return out;
}

/** Everything that happens at `shiftMinute` (0 = the start of the shift), chair by chair. */
export function actionsAt(shape: ShiftShape, shiftMinute: number): PlannedAction[] {
  const out: PlannedAction[] = [];
  for (let chairIndex = 0; chairIndex < shape.chairs; chairIndex++) {
    const sinceStart = shiftMinute - chairIndex * CHAIR_STAGGER_MIN;
    if (sinceStart < 0) continue;
    const cycle = Math.floor(sinceStart / TURNOVER_MIN);
    for (const action of cycleActions(sinceStart % TURNOVER_MIN, chairIndex, cycle)) out.push({ chairIndex, cycle, action });
  }
  return out;
}

/**
 * Two whole hours, after every chair has turned over once, at which every chair is at the same
 * minute of its patient's session (the shift repeats every 5 hours: 2 turnovers of 150 min). The
 * memory between them grows only if something accumulates, not because the screen or the core is
 * still compiling code paths the shift first reaches after hour 1 (a discharge, a chair reused).
 * Null when the shift is too short to have such a pair.
 */
export function sameStateHoursAfterWarmUp(shape: ShiftShape): { from: number; to: number } | null {
  const repeatHours = lcm(60, TURNOVER_MIN) / 60;
  const firstTurnoverDone = Math.ceil((TURNOVER_MIN + CHAIR_STAGGER_MIN * (shape.chairs - 1)) / 60);
  if (firstTurnoverDone + repeatHours > shape.hours) return null;
  const to = firstTurnoverDone + repeatHours * Math.floor((shape.hours - firstTurnoverDone) / repeatHours);
  return { from: firstTurnoverDone, to };
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}
