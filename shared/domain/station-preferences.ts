// The station's own preferences, set by the clinic's admin: alarm volume, the inactivity lock, PIN
// lockout, and how dates and times are shown.

/** How the station looks, sounds and guards itself; the admin sets these. */
export interface StationPreferences {
  /** Alarm sound volume in percent. HIGH alarms never play below HIGH_ALARM_MIN_VOLUME. */
  alarmVolumePercent: number;
  /** The screen locks after this long without a touch; timers, alarms and sound go on. */
  lockAfterMinutes: number;
  /** Wrong PINs in a row before a user is locked, and for how long. */
  pinMaxAttempts: number;
  pinLockMinutes: number;
  dateFormat: 'day-month-year' | 'month-day-year' | 'year-month-day';
  clockFormat: '24h' | '12h';
}

export const PREFERENCE_LIMITS = {
  alarmVolumePercent: { min: 10, max: 100 },
  lockAfterMinutes: { min: 1, max: 60 },
  pinMaxAttempts: { min: 3, max: 10 },
  pinLockMinutes: { min: 1, max: 60 },
} as const;

/** A HIGH alarm is never quieter than this, whatever the volume setting. */
export const HIGH_ALARM_MIN_VOLUME = 50;

export const DEFAULT_PREFERENCES: StationPreferences = {
  alarmVolumePercent: 80,
  lockAfterMinutes: 10,
  pinMaxAttempts: 5,
  pinLockMinutes: 5,
  dateFormat: 'day-month-year',
  clockFormat: '24h',
};
