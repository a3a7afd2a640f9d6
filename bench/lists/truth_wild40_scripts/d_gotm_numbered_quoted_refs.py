"""Wild40 truth for gotm-model/gotm-model-hugo hugo-content/docs/reference/publications.md (branch
feature/hugo-book-migration, its newest commit e80f66b; the default branch ``master`` has no such file -- the page
lives only on the Hugo Book migration branch): the "Publications" page of the documentation of GOTM, the General
Ocean Turbulence Model -- physical oceanography, turbulence closures, estuaries, lakes and reservoirs,
biogeochemistry, sea ice.

Shape: Hugo front matter (1-5), ``# Publications`` (7), a sentence, then eight ``### 16.x`` sections (16.1 core
development, 16.2 applications by year with ``**2025:**`` ... ``**2021:**`` bold pseudo-headings, 16.3 ocean with
bold topic labels, 16.4 lakes, 16.5 biogeochemistry, 16.6 sea ice, 16.7 numerical methods, 16.8 a pointer to the
complete list on gotm.net and a bullet list of topics).  Every reference is one numbered item ``N. Authors (Year):
"Title." *Journal*, vol, pages. [DOI](url)`` numbered 1-42 across sections; items 1-9 bold the author-year part
(``**Burchard & Baumert (1995)**:``), 10-42 do not.  Six items carry a ``   - note`` sub-bullet on the next line
(4, 6, 7, 8, 9, 34), which belongs to the entry.  The title is in straight double quotes and ends with a full stop
inside the quotes (the separator, dropped); a title with an inner full stop (7 "Second-order ... layers. A review of
recent work") keeps it.  DOI links vary: ``https://doi.org/...``, ``http://dx.doi.org/...``, and
``http://dx.doi.org/doi:10....`` (a ``doi:`` inside the URL, 4, 6, 7, 8, 29, 36), two percent-encoded SICI DOIs
with ``%3C``/``%3E`` (4, 5, lines 23 and 26: decoded, the helper stops at ``<``, so the script sets the whole DOI,
checked to occur in the decoded line).  Item 36 (Yakushev et al. 2011, Computers and Geosciences) links a Marine Chemistry DOI
(10.1016/j.marchem.2009.09.007) -- kept as written, the entry's own id.

Entries (42): every numbered item -- journal articles, reviews and a GMD model-description paper (LakeEnsemblR, 22,
is an R package described in a journal article: a paper).  Not entries: the front matter, headings, bold labels, the
intro sentence, the 16.8 pointer to gotm.net and its topic bullets (141-148), the closing sentence.
Title: the text inside the double quotes, the final full stop dropped.  Ids: the DOI of the [DOI] link.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from urllib.parse import unquote

from _wild40 import entry, read_lines, write_truth

NAME = "gotm-model__gotm-model-hugo__hugo-content__docs__reference__publications@e80f66b.md"
PART = "wild40_development"

# SICI DOIs written percent-encoded (%3C, %3E): the helper stops at the decoded '<', so the whole DOI is set
FULL_DOI = {
    23: "10.1175/1520-0485(2001)031<1943:CAOFSM>2.0.CO;2",
    26: "10.1175/1520-0485(2001)031<1377:OTQLEB>2.0.CO;2",
}
ITEM = re.compile(r'^(\d+)\. (?:\*\*[^*]+\*\*|[^"*]+?): "(?P<title>[^"]+)" \*[^*]+\*')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[6] == "# Publications"
    papers, numbers = [], []
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^\d+\. ", ln):
            continue
        m = ITEM.match(ln)
        assert m, (i, ln)
        numbers.append(int(m.group(1)))
        last = i
        if i < len(lines) and lines[i].startswith("   - "):  # the note sub-bullet under the item
            last = i + 1
        title = m.group("title")
        assert title.endswith("."), (i, title)
        title = title[:-1]
        assert "[DOI](" in ln, i
        e = entry(lines, i, last, title)
        if i in FULL_DOI:
            assert FULL_DOI[i] in unquote(ln) and FULL_DOI[i].lower().startswith(e["doi"]), (i, e["doi"])
            e["doi"] = FULL_DOI[i].lower()
        papers.append(e)
    assert numbers == list(range(1, 43)), numbers
    # the note sub-bullets: exactly six, each right under an item
    notes = [i for i, ln in enumerate(lines, 1) if ln.startswith("   - ")]
    assert len(notes) == 6 and all(any(p["end"] == n for p in papers) for n in notes), notes
    assert all(p["doi"] for p in papers)
    d = {p["line"]: p["doi"] for p in papers}
    assert d[15] == "10.1029/94jc03229", d[15]
    t = {p["line"]: p["title"] for p in papers}
    assert t[31] == ("Second-order turbulence closure models for geophysical boundary layers. A review of recent "
                     "work"), t[31]
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered reference item '<n>. Authors (Year): \"Title.\" *Journal*, ... [DOI](url)' (1-42) is an "
        "entry, with its note sub-bullet when it has one; title = the quoted text without its final full stop; "
        "ids = the [DOI] link's DOI; the gotm.net pointer and topic bullets of 16.8 are not entries.",
        "Whole file read (151 lines) against the -v output: all 42 items, the six note sub-bullets (entries 4, 6, 7, "
        "8, 9, 34 span two lines), bold vs plain author parts (1-9 vs 10-42), the inner full stop of 7's title, each "
        "DOI compared with its link including the 'dx.doi.org/doi:' links (4, 6, 7, 8, 29, 36) and the "
        "percent-encoded SICI DOIs (4, 5), item 36's mismatched Marine Chemistry DOI kept as written; 16.8 pointer "
        "and bullets excluded.",
    )


if __name__ == "__main__":
    main()
