/**
 * Saves text as a file through a temporary object URL and a link with
 * `download`: no new window, and nothing leaves the browser again.
 */
export function downloadTextFile(document: Document, content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url));
}
