// The parts of the scale report, in the order they run, each with the figures it always gives, so a
// run can check that none is missing (and the short run in CI, that every one is a number).
import type { BenchMode } from './bench-mode';
import { measureBoardRendering } from './board/board-rendering';
import { measureAlarmLatency } from './latency/alarm-latency';
import { measureDeviceLatency } from './latency/device-latency';
import { measureRecords } from './records/records-bench';
import type { Report } from './report';
import { measureCoreSoak } from './soak/core-soak';
import { measurePageSoak } from './soak/page-soak';

export interface BenchPart {
  name: string;
  /** Runs only with the built screen and Chromium; the other parts run the core in Node, and add
   *  their Chromium figures (the PDF of a record) when `browser` is true. */
  needsBrowser: boolean;
  /** The figures the part always reports, whatever the mode. */
  figures(browser: boolean): readonly string[];
  run(report: Report, mode: BenchMode, browser: boolean): Promise<void>;
}

const p50p95 = (name: string) => [`${name}.p50`, `${name}.p95`];

export const PARTS: readonly BenchPart[] = [
  {
    name: 'core-soak',
    needsBrowser: false,
    figures: () => ['soak.core_heap.hour_1', 'soak.core_heap.end_of_shift', 'soak.core_heap.growth', 'soak.core.shift_wall_time'],
    run: (report, mode) => measureCoreSoak(report, mode.shift),
  },
  {
    name: 'records',
    needsBrowser: false,
    figures: (browser) => [
      'records.sessions',
      'records.readings',
      'records.generate_time',
      ...p50p95('records.core_start'),
      ...p50p95('records.open_board'),
      ...p50p95('records.heartbeat_tick'),
      ...p50p95('history.search.patient'),
      ...p50p95('history.search.date_range'),
      ...p50p95('records.open_session'),
      ...p50p95('records.export_csv'),
      ...p50p95('records.export_fhir'),
      ...p50p95('records.forms_due'),
      'records.query.open_sessions.p95',
      'records.query.forms_due.p95',
      'records.with_fix.core_start.p95',
      'records.with_fix.open_board.p95',
      'records.with_fix.heartbeat_tick.p95',
      'records.with_fix.forms_due.p95',
      ...(browser ? [...p50p95('records.export_pdf'), 'records.export_pdf.failures'] : []),
    ],
    run: measureRecords,
  },
  {
    name: 'page-soak',
    needsBrowser: true,
    figures: () => [
      'soak.page_heap.hour_1',
      'soak.page_heap.end_of_shift',
      'soak.page_heap.growth',
      'soak.dom_nodes.hour_1',
      'soak.dom_nodes.end_of_shift',
      'soak.dom_nodes.growth',
      'soak.page_live_nodes.growth',
      'soak.page_listeners.growth',
      'soak.page.shift_wall_time',
    ],
    run: (report, mode) => measurePageSoak(report, mode.shift),
  },
  {
    name: 'board',
    needsBrowser: true,
    figures: () => ['board.main_thread_ms_per_s', 'board.long_tasks', 'board.layout_shifts'],
    run: (report, mode) => measureBoardRendering(report, mode.board),
  },
  {
    name: 'alarm-latency',
    needsBrowser: true,
    figures: () => [...p50p95('alarm.entry_to_visible'), ...p50p95('alarm.tick_to_overdue_visible')],
    run: (report, mode) => measureAlarmLatency(report, mode.alarmLatency),
  },
  {
    name: 'device-latency',
    needsBrowser: true,
    figures: () => p50p95('device.frame_to_alarm_visible'),
    run: (report, mode) => measureDeviceLatency(report, mode.deviceFrames),
  },
];
