// The station screen: header, the room's active alarms, the chair board or one open session, and the
// dialogs. Alarm sound plays whichever screen is showing. A station nobody has set up yet shows the
// setup screen instead.
import { useCallback, useState } from 'react';
import type { SessionView } from '../../shared/api/views';
import { AlarmBar } from './components/alarms/AlarmBar';
import { AlarmSound } from './components/alarms/AlarmSound';
import { Board } from './components/Board';
import { CheckInDialog } from './components/CheckInDialog';
import { ConnectionBanner } from './components/ConnectionBanner';
import { StationNotices } from './components/StationNotices';
import { Header } from './components/Header';
import { ChairTimeDialog } from './components/ChairTimeDialog';
import { FormsDueDialog } from './components/FormsDueDialog';
import { HistoryDialog } from './components/HistoryDialog';
import { SettingsDialog } from './components/SettingsDialog';
import { SessionPanel } from './components/session/SessionPanel';
import { SetupGate } from './components/users/SetupGate';
import { focusWhenPresent, tileCheckInButtonId, tileOpenButtonId } from './focus';
import { useBoard } from './hooks/useBoard';

type DialogState =
  | { kind: 'check-in'; chairId: string }
  | { kind: 'history' }
  | { kind: 'forms-due' }
  | { kind: 'chair-time' }
  | { kind: 'settings' }
  | null;

export function App() {
  return (
    <SetupGate>
      <StationScreen />
    </SetupGate>
  );
}

function StationScreen() {
  const { board, error, update } = useBoard();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [open, setOpen] = useState<{ sessionId: string; chairId: string | null } | null>(null);

  const openSession = useCallback((sessionId: string, chairId: string | null) => {
    setDialog(null);
    setOpen({ sessionId, chairId });
  }, []);

  const backToBoard = useCallback(() => {
    const chairId = open?.chairId ?? null;
    setOpen(null);
    if (chairId) focusWhenPresent([tileOpenButtonId(chairId), tileCheckInButtonId(chairId)]);
  }, [open]);

  const checkInChair = dialog?.kind === 'check-in' ? board?.chairs.find((c) => c.chairId === dialog.chairId) : undefined;

  return (
    <div className="app">
      <ConnectionBanner />
      <AlarmSound board={board} />
      <Header
        board={board}
        onBoard={update}
        onHistory={() => setDialog({ kind: 'history' })}
        onFormsDue={() => setDialog({ kind: 'forms-due' })}
        onChairTime={() => setDialog({ kind: 'chair-time' })}
        onSettings={() => setDialog({ kind: 'settings' })}
      />
      {board && <StationNotices notices={board.notices} />}
      {board && <AlarmBar alarms={board.alarms} onOpen={openSession} onBoard={update} />}
      <main className="app-main" aria-label={open ? 'Session' : 'Chair board'}>
        {open ? (
          <SessionPanel key={open.sessionId} sessionId={open.sessionId} now={board?.now ?? null} chairs={board?.chairs ?? null} onBack={backToBoard} />
        ) : board ? (
          <Board board={board} onCheckIn={(chairId) => setDialog({ kind: 'check-in', chairId })} onOpen={openSession} />
        ) : (
          <div className="board-loading">
            {error ? (
              <p role="alert" className="form-alert">
                {error}
              </p>
            ) : (
              <p>Connecting to the station…</p>
            )}
          </div>
        )}
      </main>
      {dialog?.kind === 'check-in' && checkInChair && (
        <CheckInDialog
          chairId={checkInChair.chairId}
          chairName={checkInChair.chairName}
          onClose={() => {
            setDialog(null);
            focusWhenPresent([tileCheckInButtonId(checkInChair.chairId)]);
          }}
          onCheckedIn={(view: SessionView) => {
            setDialog(null);
            focusWhenPresent([tileOpenButtonId(view.chairId)]);
          }}
        />
      )}
      {dialog?.kind === 'history' && <HistoryDialog onClose={() => setDialog(null)} onOpen={(id) => openSession(id, null)} />}
      {dialog?.kind === 'forms-due' && <FormsDueDialog onClose={() => setDialog(null)} onOpen={(id) => openSession(id, null)} />}
      {dialog?.kind === 'chair-time' && <ChairTimeDialog onClose={() => setDialog(null)} now={board?.now ?? null} />}
      {dialog?.kind === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
