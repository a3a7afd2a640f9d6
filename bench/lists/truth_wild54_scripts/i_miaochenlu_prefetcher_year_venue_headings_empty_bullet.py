"""Wild54 truth for miaochenlu/learn_prefetcher paper_list.md: a student's list of hardware data-prefetcher papers
(computer architecture: ISCA / MICRO / ASPLOS / HPCA), newest commit (f281145, 2023-10-17, the repository's only
commit touching the file, message "reset").

Shape: 110 lines, 3.6 KB, no closing newline.  ``# Prefetcher Paper List`` (1) then ``# Survery`` (2, typo kept) with
two bullets that put a year and the venue nickname before the link, ``* 2019 CUSR [Title](url)`` (4-5; "CUSR" is the
writer's spelling of ACM CSUR).  Then one ``# YEAR`` heading per year (2022 9, 2021 31, 2020 47, 2019 63, 2018 82,
2016 102), ``---`` rules between years, and under each a ``## VENUE YEAR`` heading (``## ISCA 2022`` ...) holding bare
link bullets ``* [Title](url)``, one to three per venue.

Special cases:
- 89: an empty bullet ``*`` (a placeholder left under ISCA 2018): not an entry.
- Links: ACM ``dl.acm.org/doi/pdf/10.1145/...`` (DOI read from the URL: 4, 5, 13, 94), ``doi.org/10.1109/...``
  (106, 110), arXiv ``/pdf/NNNN.NNNNN.pdf`` (27, 35), the rest author/lab PDFs, IEEE Xplore document numbers (19) and a
  computer.org CSDL page (98), which give no id.
- Titles as written: lower-case ``Path confidence based lookahead prefetching`` (106), ``Bingo Spatial Data
  Prefetcher`` without its colon (78), nickname prefixes kept (``Berti: ...``, ``CRISP: ...``, ``Pythia: ...``).

Decisions:
- Entry = every bullet with a Markdown link (28: 2 survey bullets + 26 under the venue headings); title = the link
  text; the survey bullets' leading ``YEAR VENUE`` is not title.
- Not entries: headings, rules, the empty bullet 89.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "miaochenlu__learn_prefetcher__paper_list@f281145.md"
PART = "wild54_development"

ITEM = re.compile(r"^\* (?:(?P<year>\d{4}) (?P<venue>[A-Z]+) )?\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Prefetcher Paper List"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("*"):
            assert not re.search(r"\]\(http", ln), (n, ln)
            continue
        if ln.strip() == "*":
            assert n == 89, n
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        assert (m.group("year") is not None) == (n < 9), (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 28, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[4]["title"], t[4]["doi"]) == ("Evaluation of Hardware Data Prefetchers on Server Processors",
                                            "10.1145/3312740"), t[4]
    assert t[27]["arxiv"] == "2103.14808", t[27]
    assert t[35]["title"].startswith("Pythia: A Customizable"), t[35]
    assert (t[78]["title"], t[78]["doi"]) == ("Bingo Spatial Data Prefetcher", None), t[78]
    assert t[94]["doi"] == "10.1145/3296957.3173197", t[94]
    assert (t[110]["title"], t[110]["doi"]) == ("Best-offset hardware prefetching", "10.1109/hpca.2016.7446087"), t[110]
    assert 89 not in t
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet holding a Markdown link is an entry (28): the two '# Survery' bullets '* YEAR CUSR [Title](url)'"
        " (4-5) and the 26 bare '* [Title](url)' bullets under the '# YEAR' / '## VENUE YEAR' headings; title = the"
        " link text, the leading year and venue of the survey bullets dropped; the empty placeholder bullet '*' (89),"
        " headings and rules are not entries.",
        "Read all 110 lines; compared -v with every bullet (4-5, 13-110): the empty bullet 89 skipped, titles as"
        " written (lower-case 106/110, 'Bingo Spatial Data Prefetcher' 78, nickname prefixes Berti/CRISP/Pythia/"
        "Prodigy/RnR/DSPatch/Minnow kept); ids: ACM DOIs from /doi/pdf/ URLs (4, 5, 13, 94), doi.org DOIs (106, 110),"
        " arXiv from /pdf/ links (27, 35); none from lab PDFs, IEEE Xplore (19) or computer.org (98).",
    )


if __name__ == "__main__":
    main()
