// Where a CMS fetches what an event is about: paths relative to Redline's address (the one the
// CMS calls the API at), with a token or session like every API call.

const encode = encodeURIComponent;

export function documentLink(slug: string, lang?: string): string {
  return `/api/documents/${encode(slug)}${lang ? `?lang=${encode(lang)}` : ''}`;
}

export function editionLinks(slug: string, lang: string, edition: number) {
  const exportPath = (format: string) => `/api/documents/${encode(slug)}/export?lang=${encode(lang)}&format=${format}&edition=${edition}`;
  return { text: exportPath('text'), markdown: exportPath('markdown'), reader: `/read/${encode(slug)}/${encode(lang)}` };
}
