// The prompt an LLM extractor uses now. Older versions stay in their own files so stored promptVersion
// values keep pointing at readable instructions; switch the current one here.
export { PROMPT_VERSION, SYSTEM_PROMPT } from './claims-v3.ts';
export {
  describeIssues,
  EXTRACTION_TOOL_DESCRIPTION,
  EXTRACTION_TOOL_NAME,
  ExtractionToolInput,
  extractionToolJsonSchema,
} from './extraction-tool.ts';
// Every version frames, repairs and reminds the same way.
export {
  buildRepairMessage,
  buildReportMessage,
  type ReportFrame,
  reportDelimiterId,
  TOOL_REMINDER,
} from './report-message.ts';
