// The station's settings as the screen uses them: the chairs and the admin's preferences (alarm
// volume, lock, date and clock format). Loaded when the station is reached, again after every
// reconnect and once a minute (another screen may have changed them; the core sends no event for
// settings), and at once when a screen here changes them and hands over the core's answer.
// Dates and clock times everywhere follow the preferences through format/time.ts.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StationSettingsView } from '../../../shared/api/views';
import { DEFAULT_PREFERENCES, type StationPreferences } from '../../../shared/domain/station-preferences';
import { useConnectionStatus, useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';
import { setDisplayFormat } from '../format/time';

const REFRESH_MS = 60_000;
/** A page held for the settings shows itself anyway after this long, with the default formats. */
const HOLD_AT_MOST_MS = 3_000;

export interface PreferencesValue {
  /** Null until the station has answered. */
  settings: StationSettingsView | null;
  /** The station's preferences; the defaults until the station has answered. */
  preferences: StationPreferences;
  /** Why the settings could not be loaded, if they could not. */
  error: string | null;
  /** A screen that changed the settings passes the core's answer, so every screen follows at once. */
  settingsChanged(view: StationSettingsView): void;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

/**
 * `holdUntilLoaded`: show nothing until the station has answered (or failed to, or a few seconds
 * have passed), for pages that are a snapshot, such as the printed record, whose dates must be in
 * the station's format.
 */
export function PreferencesProvider(props: { children: ReactNode; holdUntilLoaded?: boolean }) {
  const api = useStationApi();
  const status = useConnectionStatus();
  const [settings, setSettings] = useState<StationSettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [holdOver, setHoldOver] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setHoldOver(true), HOLD_AT_MOST_MS);
    return () => clearTimeout(timer);
  }, []);

  const settingsChanged = useCallback((view: StationSettingsView) => {
    // Before the state changes, so that the renders it causes already use the new formats.
    setDisplayFormat(view.preferences);
    setSettings(view);
    setError(null);
  }, []);

  useEffect(() => {
    if (status !== 'connected') return;
    let live = true;
    const load = () =>
      api['settings.get']({}).then(
        (view) => {
          if (live) settingsChanged(view);
        },
        (e: unknown) => {
          if (live) setError(toStationApiError(e).message);
        },
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, status, settingsChanged]);

  const value = useMemo<PreferencesValue>(
    () => ({ settings, preferences: settings?.preferences ?? DEFAULT_PREFERENCES, error, settingsChanged }),
    [settings, error, settingsChanged],
  );
  const waiting = props.holdUntilLoaded === true && settings === null && error === null && !holdOver;
  return <PreferencesContext.Provider value={value}>{waiting ? null : props.children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('PreferencesProvider is missing');
  return value;
}
