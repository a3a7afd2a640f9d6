"""Wild49 truth for DominicPM/DominicPM.github.io ``publications/index.md``: the Hugo publication page of a
computer scientist (formal verification, nominal techniques, confidential computing at Arm), newest commit touching
it (3f5af7f, 2025-01-11, "out with the old, in with the new"; the front matter still says ``date: 2020-07-02``).

Shape: 149 lines, 9 KB.  YAML front matter (1-5), a DBLP / Google Scholar sentence (7), then ``#`` sections:
``# Journals`` (9), ``# Conferences and workshops`` (28), ``# Formal developments`` (112), ``# Thesis`` (121),
``# Posters`` (127), ``# Drafts, technical reports, and manuscripts`` (134).  Each section is a tight ``-`` list
(no blank lines between items) whose items are soft-wrapped over 2-5 lines: ``- *Title.*`` or ``- *Title*.`` alone
on the bullet line, then an authors line, a ``**Venue**, pages 1&ndash;18, 2013.`` line, optional award lines
(``*Distinguished paper award.*`` 65-66) and a ``[PDF](./file.pdf)`` line (none for the two Archive of Formal
Proofs entries 114-119).

Special cases:
- 12 the venue opens with three asterisks and closes with two (``***IEEE Transactions ...**``).
- 81 authors and venue on one line; 124 the thesis puts author, "PhD thesis" and school on one line; 138/141/144
  drafts have no bold venue.
- The same work twice: "Private delegated computations using strong isolation" (11 journal, 136 technical report)
  and "Certified Complexity (CerCo)" (80 paper) / "Certified complexity" (129 poster): separate entries.
- Category labels in parentheses at the end of the italic title: ``(invited industry paper)`` (50) and
  ``(rough diamond)`` (143) are dropped; ``(CerCo)`` (80) is the project's acronym and kept.  ``---`` in 50 is
  kept as written; the typo ``Consitency`` (62) is kept.
- No DOI or arXiv id: every link is a local PDF (or the DBLP / Scholar profile on line 7).

Decisions:
- Entry = every bullet of every section (32): 4 journal, 20 conference/workshop, 2 Archive of Formal Proofs
  developments (peer-reviewed formal-proof articles), 1 PhD thesis, 1 poster (a listed research presentation with
  authors and a file, kept as the page lists it as a publication), 4 drafts / technical reports.
- Span = the bullet line through its last continuation line (up to the next bullet, blank line or heading).
  Title = the italic text of the bullet line, the final period inside or outside the italics dropped.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "DominicPM__DominicPM.github.io__publications__index@3f5af7f.md"
PART = "wild49_development"

BULLET = re.compile(r"^- \*(?P<title>[^*]+)\*\.?$")
SECTION = re.compile(r"^# (?P<name>.+)$")
LABEL = re.compile(r" \((?:invited industry paper|rough diamond)\)(?=\.?$)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for n, ln in enumerate(lines, 1):
        s = SECTION.match(ln)
        if s:
            section = s.group("name")
            per_section[section] = 0
            continue
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m and section, (n, ln)
        end = n
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("- ", "#")):
            end += 1
        title = LABEL.sub("", m.group("title"))
        papers.append(entry(lines, n, end, title))
        per_section[section] += 1
    assert per_section == {"Journals": 4, "Conferences and workshops": 20, "Formal developments": 2, "Thesis": 1,
                           "Posters": 1, "Drafts, technical reports, and manuscripts": 4}, per_section
    assert len(papers) == 32, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[11]["title"], t[11]["end"]) == ("Private delegated computations using strong isolation", 14), t[11]
    assert t[19]["title"].endswith("approach to nominal techniques"), t[19]
    assert t[50]["title"] == "Seeds of SEED: Confidential Computing---a brave new world", t[50]
    assert (t[62]["end"], t[62]["title"]) == (67, "Verifying Strong Eventual Consitency in distributed systems"), t[62]
    assert (t[80]["title"], t[80]["end"]) == ("Certified Complexity (CerCo)", 82), t[80]
    assert (t[114]["end"], t[117]["end"]) == (116, 119), (t[114], t[117])
    assert t[129]["title"] == "Certified complexity", t[129]
    assert t[143]["title"] == "Mosquito: an implementation of higher-order logic", t[143]
    assert (t[146]["title"], t[146]["end"]) == ("Permissive nominal terms", 149), t[146]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '-' bullet of the six '#' sections is an entry (32: journals 4, conferences/workshops 20, Archive of"
        " Formal Proofs developments 2, thesis 1, poster 1, drafts/technical reports 4), spanning the bullet line and"
        " its soft-wrapped continuation lines (authors, **venue**, award and [PDF] lines) up to the next bullet, blank"
        " line or heading; title = the italic text on the bullet line, final period dropped, the category labels"
        " '(invited industry paper)' (50) and '(rough diamond)' (143) dropped, '(CerCo)' kept.  Works listed twice"
        " (11/136, 80/129) are separate entries.",
        "Read all 149 lines; compared -v for all 32 entries: section counts, spans (3-6 lines; 114-116 and 117-119"
        " without a PDF line, 62-67 with two award lines, 80-82 authors+venue on one line), titles with period inside"
        " or outside the italics, 50/143 labels dropped, typo 'Consitency' kept; no ids.",
    )


if __name__ == "__main__":
    main()
