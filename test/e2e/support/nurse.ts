// What a nurse does on the screen, step by step, by the names a person sees.
import { expect, type Locator, type Page } from '@playwright/test';
import { NURSE } from './users';

/** Opens the station's screen and signs in, as the nurse at the station does at the start of a shift. */
export async function openStation(page: Page, url: string, person: { name: string; pin: string } = NURSE) {
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Chair 1' })).toBeVisible();
  await signIn(page, person);
}

/** Hands the screen to another person (an admin for Settings, say), as "Switch user" does. */
export async function switchUser(page: Page, person: { name: string; pin: string }) {
  await page.getByRole('button', { name: 'Switch user' }).click();
  await completeSignIn(page, person);
}

export async function signIn(page: Page, person: { name: string; pin: string }) {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await completeSignIn(page, person);
}

async function completeSignIn(page: Page, person: { name: string; pin: string }) {
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Your name').selectOption({ label: person.name });
  await dialog.getByLabel('PIN', { exact: true }).fill(person.pin);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in')).toContainText(person.name);
}

export async function checkIn(page: Page, chair: string, clinicId: string, patientName: string, protocol: string) {
  await page.getByRole('region', { name: chair }).getByRole('button', { name: 'Check in' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Patient ID').fill(clinicId);
  await dialog.getByLabel('Name or initials').fill(patientName);
  await dialog.getByLabel('Protocol').selectOption({ label: protocol });
  await dialog.getByRole('button', { name: 'Check in patient' }).click();
  await expect(dialog).toBeHidden();
}

export async function openChair(page: Page, chair: string) {
  const back = page.getByRole('button', { name: 'Back to board' });
  if (await back.isVisible()) return;
  await page.getByRole('button', { name: `Open ${chair}` }).click();
  await expect(back).toBeVisible();
}

export async function recordCheck(page: Page, values: { systolic?: string; diastolic?: string; pulse?: string; spo2?: string; moaas?: string; dissociation?: string }) {
  const form = page.getByRole('form', { name: /check|Baseline/i }).first();
  if (values.systolic !== undefined) await form.getByLabel('Systolic').fill(values.systolic);
  if (values.diastolic !== undefined) await form.getByLabel('Diastolic').fill(values.diastolic);
  if (values.pulse !== undefined) await form.getByLabel('Pulse').fill(values.pulse);
  if (values.spo2 !== undefined) await form.getByLabel('SpO2').fill(values.spo2);
  if (values.moaas !== undefined) await form.getByRole('radio', { name: new RegExp(`^${values.moaas}\\b`) }).check();
  if (values.dissociation !== undefined) await form.getByRole('radio', { name: values.dissociation, exact: true }).check();
  await form.getByRole('button', { name: 'Save check' }).click();
}

/** Signs a form off as a clinician would: picks the name from the list and types the PIN. */
export async function signOff(form: Locator, name: string, pin: string) {
  await form.getByLabel('Clinician', { exact: true }).selectOption({ label: name });
  await form.getByLabel('PIN', { exact: true }).fill(pin);
}
