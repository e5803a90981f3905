// Every browser permission the page asks for or checks is refused (page-policy.ts says why).
import { app, session, type Session } from 'electron';
import { mayGrantPermission } from './page-policy';

function denyAll(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    const granted = mayGrantPermission(permission);
    if (!granted) console.warn(`Denied a permission request: ${permission}`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));
  ses.setDevicePermissionHandler(() => false);
}

/** Call once the app is ready (the default session exists only then). */
export function denyAllPermissions(): void {
  denyAll(session.defaultSession);
  app.on('session-created', denyAll);
}
