"""Great Expectations Data Docs that render with no network.

GE's page templates load Bootstrap, jQuery, Popper, bootstrap-table, bootstrap-datepicker, Font Awesome, a dark
theme and Vega from CDNs, so offline (CI, an air-gapped analyst) the pages are unstyled, the index's table of
validations, which bootstrap-table draws, is empty, and the pass/fail status, an icon, is blank. `make_offline` rewrites a built site to load local copies:

- the libraries GE needs to draw its pages are vendored in `expectations/vendor/` (versions, sources and
  licences in its README.md) and copied into the site's `static/vendor/`;
- Vega, Vega-Lite and Vega-Embed come from the installed `vl-convert-python` (`javascript_bundle()`), written
  only when a page draws a chart;
- GE's logo, an image on its web server, is the copy in the site's own `static/images/`;
- the dark theme is left out, and any other remote script, stylesheet or image a future GE adds is removed
  rather than fetched, so the report never reaches the network.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent / "vendor"

# A CDN address in GE's templates -> the vendored file that replaces it.
VENDORED = {
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap.min.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery-3.7.1.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js": "bootstrap-table-filter-control.min.js",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css": "bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css": "bootstrap-table-filter-control.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": "bootstrap-datepicker.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": "bootstrap-datepicker.min.css",
    # The index page's status column is only an icon (fa-check-circle / fa-times): the icon font is content.
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": "fontawesome/css/all.min.css",
}
VEGA = (
    "https://cdn.jsdelivr.net/npm/vega@",
    "https://cdn.jsdelivr.net/npm/vega-lite@",
    "https://cdn.jsdelivr.net/npm/vega-embed@",
)
VEGA_BUNDLE = "vega-bundle.js"

# <script src="URL" ...></script> and <link ... href="URL" ...>: the two ways a page loads a resource.
_SCRIPT = re.compile(r"""<script\b[^>]*\bsrc=["'](?P<url>[^"']+)["'][^>]*>\s*</script>""", re.IGNORECASE)
_LINK = re.compile(r"""<link\b[^>]*\bhref=["'](?P<url>[^"']+)["'][^>]*?/?>""", re.IGNORECASE)
_IMG = re.compile(r"""<img\b[^>]*\bsrc=["'](?P<url>[^"']+)["'][^>]*>""", re.IGNORECASE)
_CSS_REMOTE_URL = re.compile(r"""url\(\s*["']?https?://[^)]*\)""", re.IGNORECASE)


def _remote(url: str) -> bool:
    return url.lower().startswith(("http://", "https://", "//"))


def make_offline(site: Path) -> None:
    """Rewrite every page and stylesheet of the Data Docs site in `site` to load nothing from the network."""
    site = Path(site).resolve()
    vendor_out = site / "static" / "vendor"
    vendor_out.mkdir(parents=True, exist_ok=True)
    for name in set(VENDORED.values()):
        (vendor_out / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(VENDOR_DIR / name, vendor_out / name)
    # all.min.css loads its fonts from ../webfonts/.
    shutil.copytree(
        VENDOR_DIR / "fontawesome" / "webfonts", vendor_out / "fontawesome" / "webfonts", dirs_exist_ok=True
    )
    needs_vega = False
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        draws_charts = "vegaEmbed(" in text
        needs_vega |= draws_charts
        prefix = os.path.relpath(vendor_out, page.parent).replace(os.sep, "/")

        def local(match: re.Match[str], prefix: str = prefix, draws_charts: bool = draws_charts) -> str:
            url = match.group("url")
            if not _remote(url):
                return match.group(0)
            if url in VENDORED:
                target = f"{prefix}/{VENDORED[url]}"
            elif url.startswith(VEGA) and draws_charts:
                # One bundle defines vega, vegaLite and vegaEmbed: keep its first tag, drop the other two.
                if url.startswith(VEGA[0]):
                    return f'<script src="{prefix}/{VEGA_BUNDLE}"></script>'
                return ""
            else:
                return ""
            tag = match.group(0).replace(url, target)
            # Subresource integrity and CORS mode make a browser refuse file:// copies; they are ours now.
            return re.sub(r"""\s(integrity|crossorigin)=["'][^"']*["']""", "", tag)

        def local_image(match: re.Match[str], page_dir: Path = page.parent) -> str:
            """GE's logo comes from its web server; the same file is in the site's static/images."""
            url = match.group("url")
            if not _remote(url):
                return match.group(0)
            own = site / "static" / "images" / url.split("?")[0].rsplit("/", 1)[-1]
            if own.is_file():
                return match.group(0).replace(url, os.path.relpath(own, page_dir).replace(os.sep, "/"))
            return ""

        rewritten = _IMG.sub(local_image, _LINK.sub(local, _SCRIPT.sub(local, text)))
        if rewritten != text:
            page.write_text(rewritten, encoding="utf-8")
    for sheet in (site / "static").rglob("*.css"):
        if vendor_out in sheet.parents:
            continue
        css = sheet.read_text(encoding="utf-8")
        if _CSS_REMOTE_URL.search(css):
            sheet.write_text(_CSS_REMOTE_URL.sub("none", css), encoding="utf-8")
    if needs_vega:
        import vl_convert

        (vendor_out / VEGA_BUNDLE).write_text(vl_convert.javascript_bundle(), encoding="utf-8")


def remote_resources(site: Path) -> list[str]:
    """Every remote script, stylesheet or CSS url() left in the site (what make_offline must leave none of)."""
    found = []
    for path in sorted(Path(site).rglob("*")):
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            found += [
                f"{path.name}: {m.group('url')}"
                for rx in (_SCRIPT, _LINK, _IMG)
                for m in rx.finditer(text)
                if _remote(m.group("url"))
            ]
        elif path.suffix == ".css":
            found += [
                f"{path.name}: {m.group(0)}"
                for m in _CSS_REMOTE_URL.finditer(path.read_text(encoding="utf-8"))
            ]
    return found
