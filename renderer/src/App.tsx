// The station screen: header, the chair board or one open session, and the dialogs.
import { useCallback, useState } from 'react';
import type { SessionView } from '../../shared/api/views';
import { Board } from './components/Board';
import { CheckInDialog } from './components/CheckInDialog';
import { ConnectionBanner } from './components/ConnectionBanner';
import { Header } from './components/Header';
import { HistoryDialog } from './components/HistoryDialog';
import { SettingsDialog } from './components/SettingsDialog';
import { SessionPanel } from './components/session/SessionPanel';
import { focusWhenPresent, tileCheckInButtonId, tileOpenButtonId } from './focus';
import { useBoard } from './hooks/useBoard';

type DialogState = { kind: 'check-in'; chairId: string } | { kind: 'history' } | { kind: 'settings' } | null;

export function App() {
  const { board, error } = useBoard();
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
      <Header board={board} onHistory={() => setDialog({ kind: 'history' })} onSettings={() => setDialog({ kind: 'settings' })} />
      <main className="app-main" aria-label={open ? 'Session' : 'Chair board'}>
        {open ? (
          <SessionPanel key={open.sessionId} sessionId={open.sessionId} now={board?.now ?? null} onBack={backToBoard} />
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
      {dialog?.kind === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
