// FullCalendar's style sheets, imported as text (`with { type: 'text' }`, which esbuild bundles).
declare module 'fullcalendar/skeleton.css' {
  const css: string;
  export default css;
}
declare module 'fullcalendar/themes/classic/theme.css' {
  const css: string;
  export default css;
}
declare module 'fullcalendar/themes/classic/palette.css' {
  const css: string;
  export default css;
}
