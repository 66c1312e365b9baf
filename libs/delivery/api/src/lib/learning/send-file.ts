import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from '@cds/api/common';

/** Sends stored bytes as a download; private to the person who asked. */
export function sendFile(reply: FastifyReply, file: { bytes: Buffer; contentType: string; fileName: string }) {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
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
