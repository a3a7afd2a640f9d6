"""Wild53 truth for computational-musicology/computational-musicology.github.io journal-club.md: the "Journal Club"
page of an EPFL-led computational musicology group (monthly online meetings discussing one paper), newest commit
holding the file (5e948fa, 2021-01-21).  A short file (11 papers, below the ~15 aimed for) kept for its shape.

Shape: 37 lines, 3.5 KB.  Jekyll front matter (1-4), ``## Join the meetings`` prose (5-14), ``## Readings`` (16)
with a sentence pointing to the group's Zotero library (18-19), then ``### 2021`` (21), ``### 2020`` (25),
``### 2019`` (31), each over ``* `` bullets, one meeting per bullet, newest first.  A bullet is
``* [DD.MM.YYYY] <APA-ish reference>``: a bracketed meeting date (not a link), authors, ``(Year).`` or
``(preprint).``, the title, the venue (sometimes italic ``_Entropy 19_(7)``), and a bare DOI/URL written as a link
whose text is the URL itself (``[https://doi.org/...](https://doi.org/...)``).

Special cases:
- 26 ``Beaty et al. (preprint).`` and 27 ``Rohrmeier (preprint).``: no year; 27 has no link at all (title only).
- 29 title ends with ``?`` (``... A reward for learning?``) and is followed directly by the italic venue.
- Author lists vary: full APA (22, 35, 37), ``Lin & Tegmark (2017)`` (28), ``Gold, B. P. et al. (2020)`` (29),
  ``Mehr, S. et al. (2019)`` (32), ``Tichko, P., Large, E. W. (2019)`` (33, no ampersand).
- 26 links a PsyArXiv page (no DOI written); all others with a link carry a doi.org URL.

Decisions:
- Entry = every ``* [date]`` bullet under ``## Readings`` (11); title = the text after the first ``(Year).`` /
  ``(preprint).`` up to the sentence end (a ``.`` or ``?`` followed by a space or the line end), the closing ``.``
  dropped.
- Not entries: headings, the Zoom/Google-group/Zotero links in the prose.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "computational-musicology__computational-musicology.github.io__journal-club@5e948fa.md"
PART = "wild53_development"

BULLET = re.compile(r"^\* \[(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\] (?P<ref>.+)$")
YEAR = re.compile(r"\((?:\d{4}|preprint)\)\. ")
TITLE = re.compile(r"^(?P<title>.+?[.?])(?= |$)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == 'title: "Journal Club"', lines[2]
    start = lines.index("## Readings")
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        assert n > start, (n, ln)
        m = BULLET.match(ln)
        assert m, (n, ln)
        y = YEAR.search(m.group("ref"))
        assert y, (n, ln)
        t = TITLE.match(m.group("ref")[y.end():])
        assert t, (n, ln)
        papers.append(entry(lines, n, n, t.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[22]["title"], t[22]["doi"]) == (
        "A Computational Model of Tonal Tension Profile of Chord Progressions in the Tonal Interval Space",
        "10.3390/e22111291"), t[22]
    assert (t[26]["doi"], t[27]["doi"]) == (None, None), (t[26], t[27])
    assert t[27]["title"] == "The Syntax of Jazz Harmony I: Diatonic Tonality, Phrase Structure, and Form", t[27]
    assert t[29]["title"] == "Predictability and uncertainty in the pleasure of music: A reward for learning?", t[29]
    assert t[32]["title"] == "Universality and diversity in human song", t[32]
    assert t[37]["doi"] == "10.1080/09298215.2015.1036888", t[37]
    assert len(papers) == 11, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [DD.MM.YYYY] reference' bullet under '## Readings' (year headings 2021/2020/2019) is an entry (11);"
        " title = the text after the first '(Year).' or '(preprint).' up to the sentence end ('.' or '?' before a"
        " space or line end), the final '.' dropped; authors, venue and the bare DOI link are not title.",
        "Read all 37 lines; compared -v for all 11 entries: the two '(preprint)' bullets 26-27 (27 without any link),"
        " the '?'-ending title 29 followed by an italic venue, author forms 'Lin & Tegmark', 'et al.', no-ampersand"
        " 33; DOIs from the doi.org links on 9 entries, none for the PsyArXiv link 26 and the linkless 27.",
    )


if __name__ == "__main__":
    main()
