// Settings → "Test sound": one MEDIUM alarm burst at a chosen volume, so the admin hears the setting
// before saving it. It has its own player, apart from the room's alarms, and counts no alarm burst.
import { useCallback, useEffect, useRef } from 'react';
import { AlarmSoundPlayer } from './player';

export function useTestSound(): (volumePercent: number) => void {
  const player = useRef<AlarmSoundPlayer | null>(null);

  useEffect(
    () => () => {
      player.current?.dispose();
      player.current = null;
    },
    [],
  );

  return useCallback((volumePercent: number) => {
    player.current ??= new AlarmSoundPlayer({ onState: () => undefined, onBurst: () => undefined });
    const p = player.current;
    p.stop();
    p.setVolume(volumePercent);
    p.resume();
    p.once('medium');
  }, []);
}
