// The station is one window. window.open, target=_blank links and <webview> are all refused
// (page-policy.ts says why).
import { app } from 'electron';
import { windowOpenResponse } from './page-policy';

export function denyNewWindows(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      console.warn(`Refused to open a new window for ${url}`);
      return windowOpenResponse();
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      console.warn('Refused to attach a <webview>');
    });
  });
}
