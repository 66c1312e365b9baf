import type { FastifyReply, FastifyRequest } from 'fastify';

/** `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987), so "Bài 1 – Tổng quan.pdf" keeps its diacritics. */
export function contentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\w.-]+/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends stored bytes as a download; private to the person who asked. */
export function sendFile(reply: FastifyReply, file: { bytes: Buffer; contentType: string; fileName: string }) {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('content-length', String(file.bytes.length))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Where the web app is reached, for links the API hands out (the QR check-in URL): the request's
 * protocol (X-Forwarded-Proto behind a trusted proxy) and Host. A Host that is not a plain host
 * name falls back to localhost rather than being copied into a link.
 */
export function requestOrigin(req: FastifyRequest): string {
  const host = req.host ?? req.headers.host ?? '';
  const protocol = req.protocol === 'https' ? 'https' : 'http';
  return `${protocol}://${HOST.test(host) ? host : 'localhost'}`;
}
