// The window only ever shows the app's own page. A link, a redirect or script in any frame that
// tries to load something else is stopped, so no foreign page can run next to the station's bridge.
import { app } from 'electron';
import type { AppUrlCheck } from './app-url';
import { mayNavigate } from './page-policy';

interface NavigationAttempt {
  url: string;
  preventDefault(): void;
}

export function blockNavigationAwayFromApp(isAppUrl: AppUrlCheck): void {
  app.on('web-contents-created', (_event, contents) => {
    const guard = (attempt: NavigationAttempt) => {
      if (mayNavigate(attempt.url, isAppUrl)) return;
      attempt.preventDefault();
      console.warn(`Blocked navigation away from the app to ${attempt.url}`);
    };
    // will-frame-navigate covers every frame, not only the top one; redirects are checked too.
    contents.on('will-frame-navigate', guard);
    contents.on('will-redirect', guard);
  });
}
