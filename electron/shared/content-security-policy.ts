// One policy for every way the renderer is served. Remote code is allowed only from OpenAI's
// ChatKit CDN, and only while the person has switched the ChatKit view on.
export const CHATKIT_ORIGIN = 'https://cdn.platform.openai.com';
export const CHATKIT_SCRIPT = `${CHATKIT_ORIGIN}/deployments/chatkit/chatkit.js`;

export function contentSecurityPolicy(options: { chatkit: boolean }): string {
  const remote = options.chatkit ? ` ${CHATKIT_ORIGIN}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${remote}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${options.chatkit ? ' https:' : ''}`,
    `connect-src 'self'${options.chatkit ? ` ${CHATKIT_ORIGIN} https://api.openai.com` : ''}`,
    `frame-src ${options.chatkit ? CHATKIT_ORIGIN : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
