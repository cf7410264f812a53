/** The page's own title, read once when the form's code loads; each step puts "Bước 3/9: …" before it. */
export const pageTitle = document.title;
