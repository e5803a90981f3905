// Settings → BP monitors: the monitors the station talks to, their state as it changes, and the form
// to add or change one. Saving and removing answer with the new list, shown at once.
import { useState } from 'react';
import type { DevicesView } from '../../../../shared/api/views';
import { focusWhenPresent } from '../../focus';
import { useDevices } from '../../hooks/useDevices';
import { useFlash } from '../../hooks/useFlash';
import { SavedNote } from '../SavedNote';
import { MonitorForm } from './MonitorForm';
import { monitorEditButtonId, MonitorRow } from './MonitorRow';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; deviceId: string };

const ADD_BUTTON_ID = 'add-monitor';

export function MonitorsSection(props: { chairs: Array<{ id: string; name: string }> }) {
  const { devices, error, update } = useDevices();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [note, setNote] = useState('');
  const [noteVisible, flashNote] = useFlash(4000);
  const chairNames = new Map(props.chairs.map((c) => [c.id, c.name]));
  const edited = editing.kind === 'edit' ? (devices?.devices.find((d) => d.id === editing.deviceId) ?? null) : null;

  function done(view: DevicesView | null, message: string | null, focusId: string) {
    if (view) update(view);
    if (message) {
      setNote(message);
      flashNote();
    }
    setEditing({ kind: 'none' });
    focusWhenPresent([focusId, ADD_BUTTON_ID]);
  }

  return (
    <section className="monitors" aria-labelledby="monitors-title">
      <div className="monitors-head">
        <h3 id="monitors-title" className="monitors-title">
          BP monitors
        </h3>
        <SavedNote visible={noteVisible} text={note} />
        {editing.kind === 'none' && (
          <button type="button" id={ADD_BUTTON_ID} className="button button--primary" onClick={() => setEditing({ kind: 'add' })} disabled={!devices}>
            Add monitor
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
      {devices === null ? (
        !error && <p className="muted">Loading the monitors…</p>
      ) : devices.devices.length === 0 ? (
        <p className="muted">No BP monitor yet: readings are typed in by hand.</p>
      ) : (
        <ul className="monitor-list" aria-label="BP monitors">
          {devices.devices.map((d) => (
            <MonitorRow
              key={d.id}
              device={d}
              chairNames={chairNames}
              editing={edited?.id === d.id}
              onEdit={() => setEditing({ kind: 'edit', deviceId: d.id })}
              onRemoved={(view, name) => done(view, `Removed ${name}`, ADD_BUTTON_ID)}
            />
          ))}
        </ul>
      )}
      {devices && (editing.kind === 'add' || edited) && (
        <MonitorForm
          key={edited?.id ?? 'new'}
          protocols={devices.protocols}
          chairs={props.chairs}
          editing={edited}
          onSaved={(view, name) => done(view, `Saved ${name}`, edited ? monitorEditButtonId(edited.id) : ADD_BUTTON_ID)}
          onCancel={() => done(null, null, edited ? monitorEditButtonId(edited.id) : ADD_BUTTON_ID)}
        />
      )}
    </section>
  );
}
