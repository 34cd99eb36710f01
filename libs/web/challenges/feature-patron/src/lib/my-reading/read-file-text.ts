/** A chosen file's text, decoded as UTF-8 (invalid bytes become U+FFFD, which the API reads as "not CSV"). */
export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}
