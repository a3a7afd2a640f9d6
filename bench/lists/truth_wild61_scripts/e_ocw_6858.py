"""Wild61 truth for ocwdev-mb/6.858-fall-2014 content/pages/readings.md at 78fcafc (2023-09-19): the
"Readings" page of MIT OpenCourseWare 6.858 Computer Systems Security (Fall 2014), one Chicago-style
citation per lecture, written as a Hugo shortcode table.

Shape: 364 lines.  YAML front matter (1-14), then a table built only from shortcodes on their own lines
(``{{< tableopen >}}``, ``{{< tropen >}}``, ``{{< tdopen >}}`` .. ``{{< tdclose >}}``); each row is a lecture
number cell, a READINGS cell and a READING QUESTION cell (``{{% resource_link <uuid> "Lecture N Question
(PDF)" %}}``).  The citations sit alone on the text lines inside the READINGS cells, e.g. 49
``Akritidis, Periklis, Manuel Costa, et al. "[Baggy Bounds Checking: ...](url)." _USENIX Security
Symposium_ (2009): pp. 51–66.``  Lectures 1, 5, 22 and 24 say ``No readings``.

Special cases:
- The title is usually the link text inside the quotes (``"[Title](url)."``); two citations put the quotes
  inside the link text instead (105 ``["Capsicum: practical capabilities for UNIX." (PDF)](url)``, 227
  ``["Trustworthy Medical Device Software." (PDF)](url)``); 75 ends its link text with `` (PDF)``; 103
  (Hardy, The Confused Deputy) has no link at all.
- 305 starts with a stray quote: ``"Enck, William, Machigar Ongtang, et al. "[Understanding Android
  Security](...)``.
- Lecture 6 (103, 105) lists two papers in one cell, on two lines.
- Non-paper readings are not entries: 133 OWASP Top 10 (a web page), 135 chapters of the book The Tangled
  Web, 151 and 153 Django documentation pages; 307 (an erratum note quoting "FriendTracker"), the
  lecture 17 remark about an extended Cambridge version (255) and the Tor blog-post links (285-289) are not
  entries either.
- 203 and 239 link CiteSeerX pages whose URLs carry ``doi=10.1.1....`` (CiteSeerX ids, not real DOIs);
  whatever the helper takes from them is left as it is.  Real DOIs come from the dx.doi.org links.

Decisions:
- Entry = one citation line of a research paper (19), one line each.
- Title = the quoted title as written, without the quotes, the trailing period and the `` (PDF)`` marker.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "ocwdev-mb__6.858-fall-2014__content__pages__readings@78fcafc.md"
PART = "wild61_development"

LINKED = re.compile(r'"\[([^\]]+)\]\(')  # "[Title](url)
QUOTED_LINK = re.compile(r'\["([^"]+?)\.?" \(PDF\)\]\(')  # ["Title." (PDF)](url)
PLAIN = re.compile(r'^[A-Z][^"]*\. "([^"\[]+?)\.?"')  # Author. "Title."


def title_of(ln: str) -> str | None:
    if ln.startswith(("{{", '"[')):
        return None  # shortcodes; author-less web pages (OWASP, Django)
    for rx in (LINKED, QUOTED_LINK, PLAIN):
        m = rx.search(ln)
        if m:
            return re.sub(r" \(PDF\)$", "", m.group(1)).strip()
    return None


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 14:
            continue
        t = title_of(ln)
        if t is not None:
            papers.append(entry(lines, n, n, t))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert min(by) == 49 and max(by) == 345, (min(by), max(by))
    assert by[49]["title"].startswith("Baggy Bounds Checking: An Efficient"), by[49]
    assert by[75]["title"] == "Building Secure High-Performance Web Services with OKWS", by[75]
    assert by[103]["title"] == "The Confused Deputy", by[103]
    assert by[105]["title"] == "Capsicum: practical capabilities for UNIX", by[105]
    assert by[119]["doi"] == "10.1109/sp.2009.25", by[119]
    assert by[191]["title"] == "A Look Back at 'Security Problems in the TCP/IP Protocol Suite'", by[191]
    assert by[227]["title"] == "Trustworthy Medical Device Software", by[227]
    assert by[305]["title"] == "Understanding Android Security", by[305]
    assert by[345]["title"] == "Click Trajectories: End-to-End Analysis of the Spam Value Chain", by[345]
    for n in (133, 135, 151, 153, 307):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Hugo-shortcode table of lectures; each research-paper citation line inside a READINGS cell is one"
        " entry (19), one line each, including the two papers of lecture 6 and the link-less Hardy citation."
        "  Title = the quoted title (link text or plain quotes) without quotes, trailing period and ' (PDF)'."
        "  OWASP Top 10, The Tangled Web book chapters, Django docs, shortcode lines, the erratum and blog-post"
        " links are not entries.",
        checked="Read the whole file; compared the -v output with every READINGS cell (lectures 1-24): the"
        " quote-inside-link titles (105, 227), the '(PDF)' suffix (75), the stray leading quote (305), the"
        " link-less citation (103), the excluded non-papers (133-153) and the dx.doi.org DOIs.",
    )


if __name__ == "__main__":
    main()
