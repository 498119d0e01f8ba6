// survey-core ships its translations as side-effect modules without type declarations.
declare module 'survey-core/i18n/*';
