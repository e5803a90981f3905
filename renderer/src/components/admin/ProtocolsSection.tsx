// Settings → Protocols: every protocol at its latest version, retired ones included, each with who
// saved it and when; edit one (a new version), copy one into a new protocol, make a new one, retire
// one or bring it back. While a protocol is open in the editor, the editor takes the list's place.
import { useCallback, useEffect, useState } from 'react';
import type { ProtocolAdminView } from '../../../../shared/api/views';
import { BUILT_IN_PROTOCOLS } from '../../../../shared/domain/protocols';
import { useStationApi } from '../../api/station-context';
import { focusWhenPresent } from '../../focus';
import { useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { ProtocolEditor } from './ProtocolEditor';
import { copyName, formFromProtocol, type EditTarget } from './protocol-form';
import { ProtocolRow } from './ProtocolRow';

type Editing =
  | { kind: 'none' }
  | { kind: 'edit'; view: ProtocolAdminView }
  | { kind: 'new'; title: string; note: string; start: EditTarget };

const NEW_BUTTON_ID = 'new-protocol';
const NEW_NOTE = 'A new protocol, starting from the built-in Spravato 56 mg figures (to start from another protocol, use its Copy button). Not saved yet.';

/** A new protocol starts from the built-in Spravato 56 mg figures, without its name. */
function blankStart(): EditTarget {
  return { form: { ...formFromProtocol(BUILT_IN_PROTOCOLS[0]!), name: '' } };
}

export function ProtocolsSection(props: { titleId: string; /** Changes when the protocols changed elsewhere (an import). */ reloadKey: number }) {
  const api = useStationApi();
  const load = useAction();
  const retire = useAction();
  const [list, setList] = useState<ProtocolAdminView[] | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [note, setNote] = useState('');
  const [noteVisible, flashNote] = useFlash(4000);

  const loadAll = load.runAnonymous;
  useEffect(() => {
    void loadAll(() => api['protocols.all']({})).then((all) => {
      if (all) setList(all);
    });
  }, [api, loadAll, props.reloadKey]);

  const close = useCallback((focusId: string) => {
    setEditing({ kind: 'none' });
    focusWhenPresent([focusId, NEW_BUTTON_ID]);
  }, []);

  async function setRetired(view: ProtocolAdminView, retired: boolean) {
    const { id, name } = view.protocol;
    const all = await retire.run((by) => api['protocols.setRetired']({ protocolId: id, retired, by }));
    if (!all) return;
    setList(all);
    setNote(retired ? `Retired ${name}: no new check-ins on it` : `${name} is back on the check-in list`);
    flashNote();
  }

  return (
    <section className="admin-section protocols" aria-labelledby={props.titleId}>
      <div className="admin-section-head">
        <h3 id={props.titleId} className="admin-section-title">
          Protocols
        </h3>
        <SavedNote visible={noteVisible} text={note} />
        {editing.kind === 'none' && (
          <button type="button" id={NEW_BUTTON_ID} className="button button--primary" onClick={() => setEditing({ kind: 'new', title: 'New protocol', note: NEW_NOTE, start: blankStart() })} disabled={!list}>
            New protocol
          </button>
        )}
      </div>
      <FormAlert error={load.error} />
      {editing.kind === 'none' ? (
        <>
          <p className="field-hint admin-section-hint">
            A saved change makes a new version. Sessions already running or finished keep the version they started on; new check-ins get the latest.
          </p>
          <FormAlert error={retire.error} />
          {list === null ? (
            !load.error && <p className="muted">Loading the protocols…</p>
          ) : (
            <ul className="protocol-list" aria-label="Protocols">
              {list.map((view) => (
                <ProtocolRow
                  key={view.protocol.id}
                  view={view}
                  busy={retire.pending}
                  onEdit={() => setEditing({ kind: 'edit', view })}
                  onCopy={() =>
                    setEditing({
                      kind: 'new',
                      title: copyName(view.protocol.name),
                      note: `A new protocol copied from ${view.protocol.name} (version ${view.protocol.version ?? 1}), which stays as it is. Not saved yet.`,
                      start: { form: { ...formFromProtocol(view.protocol), name: copyName(view.protocol.name) } },
                    })
                  }
                  onRetire={(retired) => void setRetired(view, retired)}
                />
              ))}
            </ul>
          )}
        </>
      ) : editing.kind === 'edit' ? (
        <ProtocolEditor
          key={`edit-${editing.view.protocol.id}`}
          current={editing.view}
          start={{ id: editing.view.protocol.id, version: editing.view.protocol.version ?? 1, form: formFromProtocol(editing.view.protocol) }}
          newTitle=""
          newNote=""
          onSaved={setList}
          onClose={() => close(`edit-protocol-${editing.view.protocol.id}`)}
        />
      ) : (
        <ProtocolEditor key={`new-${editing.title}`} current={null} start={editing.start} newTitle={editing.title} newNote={editing.note} onSaved={setList} onClose={() => close(NEW_BUTTON_ID)} />
      )}
    </section>
  );
}
