// The languages Redline knows at first start. Admins add more later.
export const LANGUAGES = [
  { code: 'en', englishName: 'English', nativeName: 'English', direction: 'ltr' },
  { code: 'de', englishName: 'German', nativeName: 'Deutsch', direction: 'ltr' },
  { code: 'fr', englishName: 'French', nativeName: 'Français', direction: 'ltr' },
  { code: 'uk', englishName: 'Ukrainian', nativeName: 'Українська', direction: 'ltr' },
  { code: 'ar', englishName: 'Arabic', nativeName: 'العربية', direction: 'rtl' },
] as const;
