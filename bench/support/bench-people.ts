// Who does what in the benchmarks. Each station is set up as the tests set theirs up (an admin, a
// clinician who signs discharges off with her PIN, a nurse); the nursing is done by the benchmarks'
// own nurse, Bench Nurse. Requests name the person in `by`: the test support (StationClient.request,
// handleSignedIn) signs that person in with their PIN and sends the sign-in token instead.
import { ADMIN } from '../../test/e2e/support/users';

/** The nurse of every shift, check-in and reading in the benchmarks. */
export const BENCH_NURSE = 'Bench Nurse';
/** Her PIN, for the WebSocket client to sign her in (the core's test support picks its own). */
export const BENCH_NURSE_PIN = '4321';
/** Chairs, BP monitors and other settings are an admin's to change. */
export const BENCH_ADMIN = ADMIN.name;

export interface BenchPeople {
  /** A clinician's PIN sign-off, as `session.discharge` takes it. */
  clinicianSignOff: { userId: string; pin: string };
  clinician: { userId: string; name: string };
}
