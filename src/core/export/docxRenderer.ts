// The DOCX side of an export in one module, so exportFile can load it (docx, fflate) on first use only.
export { docxStylesOf } from './normalizeDocxZip';
export { renderDocx } from './renderDocx';
