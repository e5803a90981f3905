// The request names alone, without their schemas, so the Electron preload can expose one method per
// request without bundling the validation library. contract.ts checks that both lists agree.
export const REQUEST_NAMES = [
  'board.get',
  'protocols.list',
  'settings.get',
  'settings.setChairCount',
  'session.checkIn',
  'session.get',
  'session.confirmPreDose',
  'session.recordObservation',
  'session.acknowledgeBaseline',
  'session.recordDevice',
  'session.recordKetamineDose',
  'session.recordInfusionEnd',
  'session.markEnteredInError',
  'session.discharge',
  'session.cancel',
  'history.list',
  'alarms.acknowledge',
  'alarms.pauseAudio',
  'alarms.resumeAudio',
  'devices.list',
  'devices.ports',
  'devices.save',
  'devices.remove',
  'devices.measureNow',
  'clock.advance',
] as const;

export const EVENT_NAMES = ['board', 'session', 'devices'] as const;
