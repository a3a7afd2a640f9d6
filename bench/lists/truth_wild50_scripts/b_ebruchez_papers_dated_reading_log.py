"""Wild50 truth for ebruchez/public Papers.md: a single person's (Erik Bruchez's) "Papers and articles I have read"
log, newest commit touching it (2a062ed, 2018-06-16).

Shape: 102 lines, 12 KB.  ``# Papers and articles I have read`` (1), two lines of intro (3, 5), then year headings
``## 2018`` (7), ``## 2017`` (14), ``## 2016`` (20), ``## 2015`` (51), ``## 2014`` (84), each over a bullet list whose
items read ``- YYYY-MM-DD: [Title (year)](url)`` (date read, then the linked title with the publication year in
parentheses inside the link text), followed by indented sub-bullets of comments and long quoted highlights (e.g. 62-82).

Special cases:
- 2018 block (9-12): the dates stand alone as bullets and the paper is a nested bullet under them:
  ``- 2018-01-12:`` / ``    - 2016-06 - Association of ... in 1.44 Million Adults (ioi160026)`` (9-10; a date of
  publication, the title, and a journal article id in parentheses) and ``- 2018`` / ``    - 2017-06-20: Elon Musk -
  Making Humans a Multi-Planetary Species`` (11-12; author name then title, no link; the New Space paper).
- 17 has a ``Tags: #reread`` sub-bullet; 47 is a report whose title is written as a file slug
  ``Transforming-Personal-Mobility``; 56 is a commissioned report; 90 has no link (``Pause 'n' Play: Formalizing
  Asynchronous C# (2012)``, curly quotes and the C-sharp sign kept).
- Years in parentheses at the end of the link text (``(2013?)``, ``(1995)`` ...) are publication years, not title.
- 88 is a sub-bullet linking Wikipedia's Operational Transformation page: a comment, not an entry.
- Ids: 61 has a Wiley URL holding the DOI 10.1111/jgs.13376 (``.../store/10.1111/jgs.13376/asset/jgs13376.pdf``;
  the helper's DOI pattern runs on into ``/asset/jgs13376``, so the script sets the DOI by hand); 102 an arXiv ``math/9404236`` pdf link; the others
  (PNAS, Semantic Scholar, academia.edu, personal pages) give none.

Decisions:
- Entry = each bullet that names a paper/report (17): the top-level dated bullets with a title, and the two nested
  paper bullets of 2018 (their own line only, 10 and 12; the bare date bullets 9 and 11 are not entries).
- An entry spans its bullet line and its indented comment sub-bullets (up to the next top-level bullet, heading or
  blank line).
- title = the link text (or the bullet text after the date) without the trailing ``(year)``; on 10 without the
  ``2016-06 -`` date and the ``(ioi160026)`` id; on 12 without ``Elon Musk -``.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "ebruchez__public__Papers@2a062ed.md"
PART = "wild50_development"

TOP = re.compile(r"^- (?P<date>\d{4}(?:-\d{2}){0,2}):?(?P<rest>.*)$")
SUB = re.compile(r"^ {4}- (?P<text>.*)$")
LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)$")
YEAR = re.compile(r"\s\((?:\d{4}\??)\)$")


def block_end(lines: list[str], n: int) -> int:
    """Last line of the item starting at line n: its indented sub-bullets."""
    end = n
    while end < len(lines) and lines[end].startswith("    "):
        end += 1
    return end


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers and articles I have read"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = TOP.match(ln)
        if not m:
            continue
        rest = m.group("rest").strip()
        if not rest:
            # 2018 style: a bare date bullet with the paper as its one nested bullet
            s = SUB.match(lines[n])
            assert s, (n, lines[n])
            text = s.group("text")
            if text.startswith("2016-06 - "):
                title = re.sub(r"\s\(ioi160026\)$", "", text.removeprefix("2016-06 - "))
            else:
                assert text.startswith("2017-06-20: Elon Musk - "), (n, text)
                title = text.removeprefix("2017-06-20: Elon Musk - ")
            papers.append(entry(lines, n + 1, block_end(lines, n + 1), title))
            continue
        lk = LINK.match(rest)
        text = lk.group("text") if lk else rest
        title = YEAR.sub("", text)
        papers.append(entry(lines, n, block_end(lines, n), title))
    t = {p["line"]: p for p in papers}
    # the Wiley URL continues the DOI with '/asset/jgs13376.pdf': the generic DOI pattern keeps '/asset/jgs13376'
    assert t[61]["doi"] == "10.1111/jgs.13376/asset/jgs13376", t[61]
    t[61]["doi"] = "10.1111/jgs.13376"
    assert sorted(t) == [10, 12, 16, 22, 25, 47, 53, 56, 61, 86, 87, 89, 90, 92, 95, 97, 102], sorted(t)
    assert t[10]["title"] == (
        "Association of Leisure-Time Physical Activity With Risk of 26 Types of Cancer in 1.44 Million Adults")
    assert t[12]["title"] == "Making Humans a Multi-Planetary Species", t[12]
    assert (t[16]["title"], t[16]["end"]) == (
        "The XForms Computation Engine: Rationale, Theory and Implementation Experience", 18), t[16]
    assert (t[25]["end"], t[47]["title"]) == (46, "Transforming-Personal-Mobility")
    assert (t[61]["doi"], t[61]["end"]) == ("10.1111/jgs.13376", 82), t[61]
    assert t[86]["title"] == "Combining Form and Function - Static Types for JQuery Programs", t[86]
    assert (t[87]["end"], t[87]["doi"], t[87]["arxiv"]) == (88, None, None), t[87]
    assert t[90]["title"] == "Pause ’n’ Play: Formalizing Asynchronous C♯", t[90]
    assert (t[102]["title"], t[102]["arxiv"]) == ("On Proof and Progress in Mathematics", "math/9404236"), t[102]
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet naming a paper or report is an entry (17): the dated top-level bullets '- YYYY-MM-DD: [Title"
        " (year)](url)' of 2017-2014 and the two nested paper bullets under bare date bullets in 2018 (10, 12); an"
        " entry runs over its indented comment sub-bullets. Title = link text (or bullet text) without the trailing"
        " '(year)'/'(2013?)', on 10 without the '2016-06 -' date and '(ioi160026)' id, on 12 without the author"
        " 'Elon Musk -'. The Wikipedia OT link in a comment (88) and the bare date bullets (9, 11) are not entries.",
        "Read all 102 lines; compared -v for all 17 entries: spans over comment sub-bullets (17-18, 22-24, 25-46,"
        " 47-49, 53-55, 56-60, 61-82, 87-88, 90-91, 92-94, 95-96, 97-101), titles without years, the unlinked 90 with"
        " curly quotes and C-sharp sign, slug title 47; ids: DOI 10.1111/jgs.13376 from the Wiley URL (61, set by hand: the"
        " generic pattern ran on into '/asset/jgs13376'), arXiv"
        " math/9404236 (102), none elsewhere (PNAS .full.pdf links carry no DOI).",
    )


if __name__ == "__main__":
    main()
