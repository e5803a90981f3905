// A form's typed values, started from what the station holds and started again whenever the
// station's values change (an import, another screen's save). A refresh that brings the same values
// leaves what is being typed alone.
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

export function useDraft<S, D>(source: S, toDraft: (source: S) => D): [D, Dispatch<SetStateAction<D>>] {
  const [draft, setDraft] = useState(() => toDraft(source));
  const key = JSON.stringify(source);
  const synced = useRef(key);
  const latest = useRef({ source, toDraft });
  latest.current = { source, toDraft };
  useEffect(() => {
    if (synced.current === key) return;
    synced.current = key;
    setDraft(latest.current.toDraft(latest.current.source));
  }, [key]);
  return [draft, setDraft];
}
