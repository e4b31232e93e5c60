// The prompt an LLM extractor uses now. Older versions stay in their own files so stored promptVersion
// values keep pointing at readable instructions; switch the current one here.
export {
  PROMPT_VERSION,
  SYSTEM_PROMPT,
  TOOL_REMINDER,
  buildRepairMessage,
  buildReportMessage,
  reportDelimiterId,
  type ReportFrame,
} from './claims-v2.ts';
export {
  EXTRACTION_TOOL_DESCRIPTION,
  EXTRACTION_TOOL_NAME,
  ExtractionToolInput,
  describeIssues,
  extractionToolJsonSchema,
} from './extraction-tool.ts';
