import { Observable } from 'rxjs';

/** A picked file's text (UTF-8), read in the browser. */
export function readFileText(file: Blob): Observable<string> {
  return new Observable<string>((subscriber) => {
    const reader = new FileReader();
    reader.onload = () => {
      subscriber.next(String(reader.result ?? ''));
      subscriber.complete();
    };
    reader.onerror = () => subscriber.error(reader.error);
    reader.readAsText(file, 'utf-8');
    return () => {
      if (reader.readyState === FileReader.LOADING) reader.abort();
    };
  });
}
