"""Wild50 truth for JdHondt/simsearch_literature_review timeseries_search/literature_review.md: a PhD student's
literature-review notes on (multivariate) time-series similarity search, a database / data-series indexing topic,
newest commit (5acd17c, 2024-11-28).

Shape: 281 lines, 14 KB.  ``# Similarity search on time-series (MTS) - literature review`` (1), ``## Multivariate time
series`` (3) and ``## Univariate time series`` (203).  Each paper is a top-level bullet ``- [Author YY] Title`` (no
link, no venue), followed by tab-indented sub-bullets (keywords such as ``- Similarity Search``, ``- Notes`` and
deeper note bullets, some three to five tabs deep, numbered sub-items ``1)``/``1.`` on 253-258) and then a blank line.
The papers' own tags are ``[Surname YY]`` with a two-digit year.

Special cases:
- The notes cite other papers by the same tag (``[Yekta 17]`` and ``[Bagnall 18]`` inside the Ruiz 20 notes, 90 and
  104; ``[Yu 19]`` inside the Yu 23 notes, 187): references inside notes, not entries.
- ``[Bagnall 18] The UEA multivariate time series classification archive, 2018`` (45): the ``, 2018`` is part of that
  report's real title; kept.
- ``[Yu 23] PSEUDo: ...`` (182) has its sub-bullets two tabs deep instead of one; still its own notes.
- The Salarpour 18 notes hold a garbled line ``- Edit dista/neural_search/survey/`` (133): note text.
- Trailing space after ``... for Multivariate Time Series `` (40).
- No links, so no ids at all.

Decisions:
- Entry = every top-level ``- [Author YY] Title`` bullet (26); it spans its note lines up to the last non-blank line
  before the next entry or heading.  Title = the text after the ``[Author YY]`` tag (the tag is the list's citation
  key, like an author-year, and is dropped).
- Not entries: headings, keyword/note sub-bullets, tag references inside notes.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "JdHondt__simsearch_literature_review__timeseries_search__literature_review@5acd17c.md"
PART = "wild50_development"

TOP = re.compile(r"^- \[(?P<author>[A-Z][A-Za-z]+) (?P<yy>\d\d)\] (?P<title>\S.*)$")
TAG_IN_NOTE = re.compile(r"\[[A-Z][a-z]+ \d\d\]")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Similarity search on time-series (MTS) - literature review"
    starts = []
    for n, ln in enumerate(lines, 1):
        m = TOP.match(ln)
        if m:
            starts.append((n, m.group("title")))
        elif ln.startswith("- "):
            raise AssertionError((n, ln))
    bounds = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")] + [len(lines) + 1]
    papers = []
    note_tags = []
    for i, (n, title) in enumerate(starts):
        stop = min([b for b in bounds if b > n] + ([starts[i + 1][0]] if i + 1 < len(starts) else []))
        last = stop - 1
        while not lines[last - 1].strip():
            last -= 1
        for k in range(n + 1, last + 1):
            assert lines[k - 1].startswith("\t") or not lines[k - 1].strip(), (k, lines[k - 1])
            if TAG_IN_NOTE.search(lines[k - 1]):
                note_tags.append(k)
        papers.append(entry(lines, n, last, title))
    assert note_tags == [90, 104, 187], note_tags
    t = {p["line"]: p for p in papers}
    assert (t[4]["end"], t[84]["end"], t[273]["end"]) == (14, 104, 279), (t[4], t[84], t[273])
    assert t[4]["title"] == "Multivariate Time Series Similarity Searching", t[4]
    assert t[40]["title"] == "Feature Subset Selection and Feature Ranking for Multivariate Time Series", t[40]
    assert t[45]["title"] == "The UEA multivariate time series classification archive, 2018", t[45]
    assert t[233]["title"] == ("iSAX2+: Beyond one billion time series: indexing and mining very large time series"
                               " collections with iSAX2"), t[233]
    assert t[244]["title"] == "ULISSE: ULtra compact Index for Variable-Length Similarity SEarch in Data Series"
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every top-level bullet '- [Surname YY] Title' is an entry (26: 20 under 'Multivariate time series', 6 under"
        " 'Univariate time series'); it spans its tab-indented keyword/note sub-bullets up to the last non-blank line"
        " before the next entry or heading; title = the text after the [Surname YY] tag; tag references inside notes"
        " ([Yekta 17] 90, [Bagnall 18] 104, [Yu 19] 187), keyword/note bullets and headings are not entries.",
        "Read all 281 lines; compared -v for all 26 entries (titles, and the spans' ends against the blank line before"
        " the next bullet, e.g. 4-14, 84-104, 273-279); the Yu 23 notes two tabs deep (183-190),"
        " the garbled note line 133, the trailing space"
        " on 40 trimmed, ', 2018' kept in the Bagnall 18 report title; no links so no ids.",
    )


if __name__ == "__main__":
    main()
