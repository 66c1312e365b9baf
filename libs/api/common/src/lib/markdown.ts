import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown written by trainers (lessons, later questions and feedback), rendered to HTML that is
 * safe to show: markdown-it with raw HTML off, then sanitize-html with an allow-list, so no
 * script, iframe, style, event handler or `javascript:`/`data:` link survives, whatever the input.
 * Links open in a new tab without an opener; images only from http(s) or the platform's own paths.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  ],
  allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'title'], th: ['style'], td: ['style'], ol: ['start'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer' } }),
    // Markdown headings start at h2 inside a page that has its own h1.
    h1: 'h2',
  },
};

/** Renders trainer-written Markdown to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE);
}

/** Cleans HTML from elsewhere (never trusted) with the same allow-list. */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}
