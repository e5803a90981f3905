import type { SessionView } from '../../../../shared/api/views';

/** What every part of the session view gets: the session, the station clock, and a way to show a
 *  request's answer (the newest view) at once. */
export interface SessionPartProps {
  view: SessionView;
  now: string;
  onUpdated: (view: SessionView) => void;
}
