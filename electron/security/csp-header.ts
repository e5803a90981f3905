// Sends the shell's Content-Security-Policy with every response of the app's own content, so the
// policy holds even if the page's <meta> tag were removed or altered. Workers take their policy from
// their own response, so every response from the app's origin gets it, not only the page's.
import { app, session, type Session } from 'electron';
import { withContentSecurityPolicy } from './response-headers';

/** Call once the app is ready (the default session exists only then). */
export function enforceContentSecurityPolicy(policy: string, isAppResponse: (url: string) => boolean): void {
  const enforce = (ses: Session) => {
    ses.webRequest.onHeadersReceived((details, callback) => {
      if (!isAppResponse(details.url)) {
        callback({});
        return;
      }
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
    });
  };
  enforce(session.defaultSession);
  app.on('session-created', enforce);
}
