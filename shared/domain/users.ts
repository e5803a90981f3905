// Who may do what at the station. Nurses record and acknowledge; clinicians also sign off discharges,
// override criteria and acknowledge a pre-dose BP; admins manage users and the station's settings.
export const USER_ROLES = ['nurse', 'clinician', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_LABELS: Record<UserRole, string> = { nurse: 'Nurse', clinician: 'Clinician', admin: 'Admin' };

/** PINs are 4 to 8 digits. */
export const PIN_PATTERN = /^[0-9]{4,8}$/;

/** A sign-in token: 32 random bytes, base64url. */
export const SIGN_IN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
