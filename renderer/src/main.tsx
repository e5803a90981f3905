// Entry point: one API object for the whole screen, over Electron IPC or the station's WebSocket.
// At #print/<sessionId> the page shows that session's paper record instead of the station screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDefaultTransport, createStationApi } from './api/client';
import { StationProvider } from './api/station-context';
import { App } from './App';
import { printSessionId } from './print/print-url';
import { PrintSession } from './print/PrintSession';
import { PreferencesProvider } from './state/preferences';
import { SignInProvider } from './state/sign-in';
import './styles/base.css';
import './styles/header.css';
import './styles/board.css';
import './styles/forms.css';
import './styles/session.css';
import './styles/alarms.css';
import './styles/devices.css';
import './styles/record.css';
import './styles/print.css';
import './styles/users.css';
import './styles/records-dialogs.css';
import './styles/admin.css';

const transport = createDefaultTransport();
const api = createStationApi(transport);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const printing = printSessionId(window.location.hash);

createRoot(root).render(
  <StrictMode>
    <StationProvider api={api} transport={transport}>
      {printing ? (
        <PreferencesProvider holdUntilLoaded>
          <PrintSession sessionId={printing} />
        </PreferencesProvider>
      ) : (
        <PreferencesProvider>
          <SignInProvider>
            <App />
          </SignInProvider>
        </PreferencesProvider>
      )}
    </StationProvider>
  </StrictMode>,
);
