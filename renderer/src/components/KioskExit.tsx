// "Exit kiosk" in the header, shown only when the desktop station runs in kiosk mode. An admin picks
// their name and types their PIN; the station core checks them (wrong PINs count towards the lock as
// anywhere else) and the shell then makes the window an ordinary one that can be closed. In a
// browser, or outside kiosk mode, nothing is shown.
import { useEffect, useState, type FormEvent } from 'react';
import { StationApiError } from '../api/station-api-error';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { EMPTY_SIGN_OFF, SignOffFields, type SignOff } from './users/SignOffFields';

/** The shape electron/ipc-channels.ts (KioskExitResult) answers with. */
type KioskExitResult = { ok: true; message: string } | { ok: false; message: string; field?: 'userId' | 'pin' };

interface KioskShell {
  status(): Promise<{ active: boolean }>;
  exit(userId: string, pin: string): Promise<KioskExitResult>;
}

/** The preload's kiosk actions, absent in a browser and in older desktop builds. */
function kioskShell(): KioskShell | null {
  const shell = (window as { stationShell?: { kiosk?: KioskShell } }).stationShell;
  return shell?.kiosk ?? null;
}

export function KioskExit() {
  const [active, setActive] = useState(false);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let current = true;
    kioskShell()
      ?.status()
      .then((s) => current && setActive(s.active))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  if (!active) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Exit kiosk
      </button>
      {open && (
        <KioskExitDialog
          onClose={() => setOpen(false)}
          onExited={() => {
            setOpen(false);
            setActive(false);
          }}
        />
      )}
    </>
  );
}

function KioskExitDialog(props: { onClose: () => void; onExited: () => void }) {
  const [value, setValue] = useState<SignOff>(EMPTY_SIGN_OFF);
  const [error, setError] = useState<StationApiError | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const shell = kioskShell();
    if (!shell || pending) return;
    setPending(true);
    setError(null);
    let result: KioskExitResult;
    try {
      result = await shell.exit(value.userId, value.pin);
    } catch {
      result = { ok: false, message: 'The station did not answer. Try again.' };
    } finally {
      setPending(false);
    }
    if (result.ok) {
      props.onExited();
      return;
    }
    // A refused PIN never stays in the form.
    setValue((v) => ({ ...v, pin: '' }));
    setError(new StationApiError('not-allowed', result.message));
  }

  return (
    <Dialog title="Exit kiosk" onClose={props.onClose}>
      <form onSubmit={submit} className="dialog-form" aria-label="Exit kiosk" noValidate>
        <p>An admin's PIN ends kiosk mode until the station is started again. Timers and alarms go on.</p>
        <div className="field-row">
          <SignOffFields
            roles={['admin']}
            userLabel="Admin"
            value={value}
            onChange={setValue}
            disabled={pending}
          />
        </div>
        {/* The core's own words ("Wrong PIN for …: 4 tries left"), said once, as an alert. */}
        <FormAlert error={error} />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            Exit kiosk
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
