// Builds Omron CSV lines for the simulator and the tests.
// HBP-9020: the layout of the one public example line in DEVICES.md §3.
// HBP-9030: SYNTHETIC. Only "systolic, diastolic, pulse at fields 7, 8, 9" is known; the other fields
// here are placeholders.

export interface OmronValues {
  systolic: number;
  diastolic: number;
  pulse: number;
  /** HBP-9020 only. */
  map?: number;
  date?: string;
  time?: string;
}

const pad3 = (n: number) => String(n).padStart(3, '0');

export function omron9020Line(v: OmronValues): string {
  const id = '99999999999999999999';
  return `bp,${id},${v.date ?? '2023/04/27'},${v.time ?? '15:06'},${pad3(v.systolic)},${pad3(v.map ?? 0)},${pad3(v.diastolic)},${pad3(v.pulse)},3\r\n`;
}

export function omron9030Line(v: OmronValues): string {
  return `1,${v.date ?? '2023/04/27'},${v.time ?? '15:06'},0,0,0,${v.systolic},${v.diastolic},${v.pulse}\r\n`;
}
