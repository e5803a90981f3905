// The Spravato REMS monitoring form's facts, as the station keeps them (our own record, not the form).
import type { ConcomitantMedicine } from './records';

/** The form is due this many days after the session. */
export const REMS_FORM_DAYS = 7;

export const CONCOMITANT_MEDICINE_LABELS: Record<ConcomitantMedicine, string> = {
  benzodiazepines: 'Benzodiazepines',
  'other-sedative-hypnotics': 'Other sedative-hypnotics',
  opioids: 'Opioids',
  psychostimulants: 'Psychostimulants',
  maois: 'MAOIs',
};
