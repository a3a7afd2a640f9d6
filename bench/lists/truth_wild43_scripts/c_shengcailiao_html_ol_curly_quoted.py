"""Wild43 truth for ShengcaiLiao/ShengcaiLiao.github.io PUBLICATIONS.md: the publication list of a computer
vision researcher's personal site (Shengcai Liao: face recognition, person re-identification, pedestrian
detection, generative models), hand-kept as raw HTML inside Markdown.

Shape: 140 lines.  ``## PUBLICATIONS`` (1), a three-bullet table of contents (3-5: "Previous List" link to
another page, two anchors), ``### Journal Articles`` (7) with one ``<ol>`` (9-65) and ``### Conference Papers``
(67) with another (69-140).  Each record is one ``<li>...</li>`` line (blank lines between the newer ones,
none between the older ones; 81 opens ``<li> `` with a space) in an IEEE-like citation: authors (own name in
``<b>``, ``*`` marking corresponding authorship), the title in curly quotes, then ``in <i>Venue (<b>ABBR</b>)</i>``,
volume/pages/date and for some ``[<a href="doc/...pdf">pdf</a>]``, ``[code]``, ``[slides]``, ``[project page]``
links and award notes.  The quote closes after the title's separator in most records (``“Title,” in`` /
``“Title.” In``) and before it in a few (57 ``“...Face Recognition”,``; 47 commented).  Six records are
commented out, each on its own line (``<!--<li>...</li>-->``: 37, 45, 46, 47, 59, 63).  134 and 136 nest an
``<i>`` in the venue.  No DOIs or arXiv ids are written (links are self-hosted PDFs and GitHub code).
Decisions:
- Entry = each ``<li>`` line outside an HTML comment (journal 28, conference 55; 83), all journal articles or
  conference/workshop papers.  The six commented-out records are not entries (not shown on the page), as in
  the earlier sets; the TOC bullets 3-5 are not entries.
- Title = the text inside the curly quotes “…”, a final ``,`` or ``.`` inside the quotes dropped (typos such
  as "Re-identiffication" kept).
- Ids: none written.
"""
import re

from _wild43 import entry, read_lines, write_truth

NAME = "ShengcaiLiao__ShengcaiLiao.github.io__PUBLICATIONS@b5a3fb2.md"
PART = "wild43_development"

QUOTED = re.compile(r"“([^”]+)”")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    sections = {}
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            section = ln[4:].strip()
            continue
        if "<li" not in ln:
            continue
        assert ln.rstrip().endswith(("</li>", "</li>-->")), n
        if ln.startswith("<!--"):
            assert ln.rstrip().endswith("-->"), n
            skipped.append(n)
            continue
        assert ln.startswith("<li>"), n
        q = QUOTED.findall(ln)
        assert len(q) == 1, (n, q)
        title = q[0].strip().rstrip(",.")
        papers.append(entry(lines, n, n, title))
        sections[section] = sections.get(section, 0) + 1
    assert skipped == [37, 45, 46, 47, 59, 63], skipped
    assert sections == {"Journal Articles": 28, "Conference Papers": 55}, sections
    t = {p["line"]: p["title"] for p in papers}
    assert t[11].startswith("ConsistentID: Portrait Generation"), t[11]
    assert t[57] == ("Kernel Sparse Representation With Pixel-level and Region-level Image Feature Kernels For "
                     "Face Recognition"), t[57]
    assert t[81] == "Any-Shift Prompting for Generalization over Distributions", t[81]
    assert t[139] == "Face Recognition Using Ordinal Features", t[139]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    seen: dict[str, int] = {}
    for p in papers:
        key = p["title"].lower()
        if key in seen:
            print("repeat:", seen[key], p["line"], p["title"])
        seen[key] = p["line"]
    assert len(papers) == 83, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each <li> line of the two <ol> lists (Journal Articles 28, Conference Papers 55) outside an HTML comment "
        "is an entry (83); title = the text inside the curly quotes, a final comma/period inside them dropped; "
        "the six commented-out <li> lines and the TOC bullets are not entries; no DOIs or arXiv ids are written.",
        "Listed every <li> line with its quoted title; read the first and last records of both lists (11/64, "
        "71/139), ~20 random records against the -v output, the six <!--<li>...</li>--> lines (each closed on "
        "its own line), 57's quote closing before the comma, 81's '<li> ' space, 134/136's nested <i>, the "
        "award/oral notes and [pdf]/[code] links after titles; checked no DOI/arXiv text and one quoted run per "
        "record.",
    )


if __name__ == "__main__":
    main()
