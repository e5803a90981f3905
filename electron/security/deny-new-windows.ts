// The station is one window. window.open, target=_blank links and <webview> are all refused.
// The refused URL is deliberately not handed to shell.openExternal either: a link in page content
// could otherwise start any program registered for a URL scheme on the clinic's PC.
import { app } from 'electron';

export function denyNewWindows(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      console.warn(`Refused to open a new window for ${url}`);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      console.warn('Refused to attach a <webview>');
    });
  });
}
