# Source this file: installs the Debian packages the tests need when they are missing.
# Runs apt-get only when something is missing, so a prepared machine pays nothing.
#   chromium                 the browser the end-to-end tests and Lighthouse drive
#   libreoffice-writer-nogui the report test converts the downloaded .docx to PDF
#   poppler-utils            …and reads that PDF back (pdftotext, pdftoppm)
#   fonts-liberation2        metric-compatible stand-in for Times New Roman when LibreOffice lays out the .docx
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  echo "» Installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
