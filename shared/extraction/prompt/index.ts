// The prompt an LLM extractor uses now. Older versions stay in their own files so stored promptVersion
// values keep pointing at readable instructions; switch the current one here.
export {
  buildRepairMessage,
  buildReportMessage,
  PROMPT_VERSION,
  type ReportFrame,
  reportDelimiterId,
  SYSTEM_PROMPT,
  TOOL_REMINDER,
} from './claims-v3.ts';
export {
  describeIssues,
  EXTRACTION_TOOL_DESCRIPTION,
  EXTRACTION_TOOL_NAME,
  ExtractionToolInput,
  extractionToolJsonSchema,
} from './extraction-tool.ts';
