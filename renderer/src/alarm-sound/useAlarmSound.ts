// Plays what the core says the room should hear (`audio.sounding`), nothing else: HIGH and MEDIUM
// repeat until the core says otherwise; LOW sounds one pulse when a LOW alarm appears. Plays at the
// station's alarm volume (see volume.ts for the HIGH floor). Reports on the page whether sound is
// playing, paused, off, or held back by the browser.
import { useEffect, useRef, useState } from 'react';
import type { BoardView } from '../../../shared/api/views';
import { usePreferences } from '../state/preferences';
import { countBurst, resetBurstCount, showSoundState } from './page-state';
import { AlarmSoundPlayer, type ContextState } from './player';

/** A context that is still suspended this long after it should play is held back by the browser
 *  (a fresh context may be 'suspended' for a moment before it runs). */
const BLOCKED_AFTER_MS = 400;

/** `connectionLost`: the screen cannot reach the station; it then sounds a MEDIUM technical alarm itself. */
export function useAlarmSound(board: BoardView | null, connectionLost = false): { blocked: boolean } {
  const player = useRef<AlarmSoundPlayer | null>(null);
  const [contextState, setContextState] = useState<ContextState>('none');
  const [blocked, setBlocked] = useState(false);
  const seenLow = useRef<Set<string>>(new Set());
  const volume = usePreferences().preferences.alarmVolumePercent;

  const fromStation = board ? board.audio.sounding : null;
  const sounding = connectionLost && fromStation !== 'high' ? 'medium' : fromStation;
  const paused = !connectionLost && board ? board.audio.pausedUntil !== null : false;
  const lowIds = board ? board.alarms.filter((a) => a.priority === 'low').map((a) => a.alarmId) : [];
  const lowKey = lowIds.join(' ');

  useEffect(() => {
    resetBurstCount();
    const p = new AlarmSoundPlayer({ onState: setContextState, onBurst: countBurst });
    player.current = p;
    // Browsers let sound start only after someone has touched the page.
    const wake = () => p.resume();
    window.addEventListener('pointerdown', wake, true);
    window.addEventListener('keydown', wake, true);
    return () => {
      window.removeEventListener('pointerdown', wake, true);
      window.removeEventListener('keydown', wake, true);
      p.dispose();
      player.current = null;
      setContextState('none');
    };
  }, []);

  // After the effect that makes the player, so a new player gets the volume too.
  useEffect(() => {
    player.current?.setVolume(volume);
  }, [volume]);

  useEffect(() => {
    const p = player.current;
    if (!p) return;
    if (sounding === 'high' || sounding === 'medium') p.repeat(sounding);
    else p.stop();
  }, [sounding]);

  useEffect(() => {
    const ids = lowKey === '' ? [] : lowKey.split(' ');
    const fresh = ids.some((id) => !seenLow.current.has(id));
    seenLow.current = new Set(ids);
    if (fresh && sounding === 'low') player.current?.once('low');
  }, [lowKey, sounding]);

  const wantsSound = sounding !== null;
  useEffect(() => {
    if (!wantsSound || contextState !== 'suspended') {
      setBlocked(false);
      return;
    }
    const timer = setTimeout(() => setBlocked(true), BLOCKED_AFTER_MS);
    return () => clearTimeout(timer);
  }, [wantsSound, contextState]);

  useEffect(() => {
    showSoundState(blocked ? 'blocked' : (sounding ?? (paused ? 'paused' : 'off')));
  }, [blocked, sounding, paused]);

  return { blocked };
}
