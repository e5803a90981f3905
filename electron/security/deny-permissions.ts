// The screen needs no browser permissions: devices (BP monitors) are opened by the main process,
// and alarm sounds play without one. Refusing everything means a compromised page cannot reach the
// camera, microphone, serial/USB/HID devices, notifications or the clipboard.
import { app, session, type Session } from 'electron';

function denyAll(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`Denied a permission request: ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Call once the app is ready (the default session exists only then). */
export function denyAllPermissions(): void {
  denyAll(session.defaultSession);
  app.on('session-created', denyAll);
}
