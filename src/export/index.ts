/**
 * The export contract: `buildExport` reads a store into a `DossierExport`; `writeExport` writes it
 * as JSON, JSONL or CSV. The contract is documented in docs/export.md and pinned by
 * `export.schema.json` (JSON Schema draft 2020-12).
 */
export { buildExport, checkDate, resolveEntity } from './build.ts';
export { writeExport, parseFormat, jsonlLines, EXPORT_FORMATS, type ExportFormat, type WriteExportOptions } from './write.ts';
export { CSV_TABLES, type CsvTable } from './csv.ts';
export { markdownLines } from './markdown.ts';
export * from './types.ts';
