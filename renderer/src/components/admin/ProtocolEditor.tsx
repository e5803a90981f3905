// Edits one protocol, or makes a new one. Saving makes a new version: sessions already running keep
// the version they started on, and the core refuses the save if someone saved another version since
// this edit began. The core checks every value and every rule; its messages appear at their fields.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProtocolAdminView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { TextField } from '../TextField';
import { ChecksEditor } from './ChecksEditor';
import { DoseFields } from './DoseFields';
import { messageAt } from './issues';
import { LimitsFields } from './LimitsFields';
import { protocolFieldLabels } from './protocol-field-labels';
import { versionLine } from './protocol-summary';
import { formFromProtocol, inScheduleOrder, toProtocolInput, type EditTarget, type ProtocolForm } from './protocol-form';
import { ProtocolSwitches } from './ProtocolSwitches';

export function ProtocolEditor(props: {
  /** The protocol as saved, when editing one; null for a new protocol or a copy. */
  current: ProtocolAdminView | null;
  /** What the editor starts from: the protocol's id and version when editing one, none for a new one. */
  start: EditTarget;
  /** What the new protocol is, for its heading: "New protocol", "Copy of Spravato 56 mg". */
  newTitle: string;
  /** What the new protocol starts from, said under its heading until it is saved. */
  newNote: string;
  onSaved: (list: ProtocolAdminView[]) => void;
  onClose: () => void;
}) {
  const api = useStationApi();
  const action = useAction();
  const [current, setCurrent] = useState(props.current);
  const [target, setTarget] = useState<EditTarget>(props.start);
  /** The form as last saved (or opened), to tell whether leaving would lose changes. */
  const [savedForm, setSavedForm] = useState<ProtocolForm>(props.start.form);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [saved, flashSaved] = useFlash(5000);
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const form = target.form;
  const setForm = (next: ProtocolForm) => setTarget((t) => ({ ...t, form: next }));
  const dirty = JSON.stringify(form) !== JSON.stringify(savedForm);
  const title = current ? `Edit ${current.protocol.name}` : props.newTitle;

  // Opened: the editor comes into view with its heading, in the long settings page.
  useEffect(() => {
    const heading = document.getElementById(titleId);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [titleId]);

  // Refused: the first field the core named comes into view, ready to be corrected.
  const refusal = action.error;
  useEffect(() => {
    if (!refusal) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }, [refusal]);

  async function save(e: FormEvent) {
    e.preventDefault();
    // In time order, so that the rows the core's messages name are the rows on screen.
    const ordered: EditTarget = { ...target, form: { ...form, checks: inScheduleOrder(form.checks) } };
    setTarget(ordered);
    setConfirmLeave(false);
    const input = toProtocolInput(ordered);
    const list = await action.run((by) => api['protocols.save']({ protocol: input, by }));
    if (!list) return;
    const name = input.name.trim().toLowerCase();
    const mine = list.find((p) => (input.id ? p.protocol.id === input.id : p.protocol.name.trim().toLowerCase() === name && !p.retired));
    props.onSaved(list);
    if (!mine) return;
    const next = formFromProtocol(mine.protocol);
    setCurrent(mine);
    setTarget({ id: mine.protocol.id, version: mine.protocol.version ?? 1, form: next });
    setSavedForm(next);
    flashSaved();
  }

  function leave() {
    if (dirty && !confirmLeave) setConfirmLeave(true);
    else props.onClose();
  }

  return (
    <form ref={formRef} onSubmit={save} className="protocol-editor" aria-labelledby={titleId} noValidate>
      <div className="protocol-editor-head">
        <h4 id={titleId} className="protocol-editor-title" tabIndex={-1}>
          {title}
        </h4>
        <p className="protocol-editor-meta">
          {current ? versionLine(current) : props.newNote}
          {current?.retired && <strong className="protocol-retired-badge">Retired</strong>}
        </p>
        {current && <p className="field-hint">Saving makes version {(current.protocol.version ?? 1) + 1}. Sessions already running keep the version they started on.</p>}
      </div>

      <TextField label="Protocol name" hint="as the nurses choose it at check-in" value={form.name} onChange={(name) => setForm({ ...form, name })} size="l" error={messageAt(action.error, 'protocol.name')} />

      <section className="protocol-part" aria-label="Dose and observation">
        <h5 className="protocol-part-title">Dose and observation</h5>
        <DoseFields form={form} onChange={setForm} error={action.error} />
      </section>
      <section className="protocol-part" aria-label="Scheduled checks">
        <h5 className="protocol-part-title">Scheduled checks</h5>
        <ChecksEditor checks={form.checks} onChange={(checks) => setForm({ ...form, checks })} error={action.error} />
      </section>
      <section className="protocol-part" aria-label="Limits">
        <h5 className="protocol-part-title">Limits</h5>
        <LimitsFields limits={form.limits} onChange={(limits) => setForm({ ...form, limits })} error={action.error} />
      </section>
      <section className="protocol-part" aria-label="Before the dose and at discharge">
        <h5 className="protocol-part-title">Before the dose and at discharge</h5>
        <ProtocolSwitches form={form} onChange={setForm} error={action.error} />
      </section>

      <div className="protocol-editor-actions">
        <FormAlert error={action.error} fields={protocolFieldLabels(form.checks.length)} />
        {confirmLeave ? (
          <div className="form-actions protocol-leave" role="group" aria-label="Leave without saving?">
            <span className="protocol-leave-text">Your changes to this protocol are not saved.</span>
            <button type="button" className="button button--danger" onClick={props.onClose}>
              Discard changes
            </button>
            <button type="button" className="button" onClick={() => setConfirmLeave(false)}>
              Keep editing
            </button>
          </div>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={action.pending}>
              Save protocol
            </button>
            <button type="button" className="button" onClick={leave}>
              Back to protocols
            </button>
            <SavedNote visible={saved} text={current ? `Saved as version ${current.protocol.version ?? 1}` : undefined} />
          </div>
        )}
      </div>
    </form>
  );
}
