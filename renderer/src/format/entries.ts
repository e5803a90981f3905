// Entry wording lives with the shared record rules so the screen, the core's timeline and the exports agree.
export { bpText, dissociationText, entryAuthor, entrySummary, observationSummary } from '../../../shared/format/entry-summary';
