"""The open PDF of a paper page on the hosts that publish them (pure).

For a paper without an arXiv id, the digest's link to its page gives the PDF Zotero
should link:

* CVF open access: ``openaccess.thecvf.com/content/CVPR2023/html/X_paper.html`` ->
  ``.../content/CVPR2023/papers/X_paper.pdf`` (workshops: ``.../W12/html/...`` alike);
* ECVA (ECCV): ``ecva.net/papers/eccv_2022/papers_ECCV/html/123_ECCV_2022_paper.php`` ->
  ``.../papers_ECCV/papers/123_ECCV_2022_paper.pdf``;
* OpenReview: ``openreview.net/forum?id=ID`` -> ``openreview.net/pdf?id=ID``;
* ACL Anthology: ``aclanthology.org/2023.acl-long.1/`` -> ``aclanthology.org/2023.acl-long.1.pdf``;
* PMLR: ``proceedings.mlr.press/v202/x23a.html`` -> ``proceedings.mlr.press/v202/x23a/x23a.pdf``;
* NeurIPS proceedings: ``.../paper/2023/hash/H-Abstract-Conference.html`` ->
  ``.../paper/2023/file/H-Paper-Conference.pdf`` (older ``-Abstract.html`` -> ``-Paper.pdf``).

A link that already ends in ``.pdf`` on one of these hosts is that PDF.
"""

from __future__ import annotations

import re

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(https?://openaccess\.thecvf\.com/content\S*?)/html/([^/?#]+)\.html$"), r"\1/papers/\2.pdf"),
    (re.compile(r"^(https?://(?:www\.)?ecva\.net/papers/\S+?)/html/([^/?#]+)\.php$"), r"\1/papers/\2.pdf"),
    (re.compile(r"^(https?://openreview\.net)/forum\?id=([^&#\s]+)$"), r"\1/pdf?id=\2"),
    (re.compile(r"^(https?://aclanthology\.org)/([A-Za-z0-9.\-]+?)/?$"), r"\1/\2.pdf"),
    (re.compile(r"^(https?://proceedings\.mlr\.press/v\d+)/([^/?#]+)\.html$"), r"\1/\2/\2.pdf"),
    (re.compile(r"^(https?://(?:proceedings|papers)\.(?:neurips|nips)\.cc/paper(?:_files/paper)?/\d{4})/hash/"
                r"([0-9a-f]+)-Abstract(-[A-Za-z_]+)?\.html$"), r"\1/file/\2-Paper\3.pdf"),
)
_HOSTS = re.compile(r"^https?://(?:openaccess\.thecvf\.com|(?:www\.)?ecva\.net|openreview\.net|aclanthology\.org|"
                    r"proceedings\.mlr\.press|(?:proceedings|papers)\.(?:neurips|nips)\.cc)/")


def open_pdf(url: str) -> str | None:
    """The open PDF of the paper page ``url`` on a known host, else None."""
    url = url.strip()
    if not _HOSTS.match(url):
        return None
    if url.lower().endswith(".pdf") or "openreview.net/pdf?" in url:
        return url
    for pattern, replacement in _RULES:
        if pattern.match(url):
            return pattern.sub(replacement, url)
    return None
