/** The local database's public API (issue 7): what the panel and the background call. */
export {
  type Attempt,
  attemptsForCompliance,
  type CallStart,
  callsForAccount,
  currentCall,
  endCall,
  markContact,
  startCall,
  updateCall,
} from './calls';
export { localDate } from './dates';
export { attemptWrite, blockedMessage, quotaMessage, storageErrorMessage, type WriteResult } from './errors';
export {
  type DateRange,
  EXPORT_FORMAT,
  exportCsv,
  exportData,
  exportJson,
  importJson,
  parseExportFile,
} from './export';
export {
  accountHistory,
  type HistoryEntry,
  type PromiseStatus,
  paidDispositionIds,
  searchNotes,
} from './history';
export { clearDraft, loadDraft, type NoteInput, notesForAccount, saveDraft, saveNote } from './notes';
export type { BadRow, CallRecord, DraftRecord, Masked, MaskKind, NoteRecord, PackRow } from './records';
export { redactText } from './redact';
export { purgeExpired, type RetentionDays, retentionOf } from './retention';
export { CallAssistDB, DB_NAME, openDb } from './schema';
export {
  saveWrapUp,
  stoppedText,
  takesPromise,
  type WrapUpInput,
  type WrapUpProblem,
  wrapUpProblems,
} from './wrapup';
