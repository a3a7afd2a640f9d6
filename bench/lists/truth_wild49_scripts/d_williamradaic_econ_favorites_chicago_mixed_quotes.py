"""Wild49 truth for williamradaic/williamradaic.github.io ``content/posts/favorite-papers.md``: an economics
student's Hugo blog post "My Favorite Papers", a running list of favourite papers in economics and adjacent fields,
newest commit (e841e8a, 2026-01-28, "Added new papers to favorites list").

Shape: 22 lines, 3 KB, no closing newline.  TOML front matter between ``+++`` lines (1-5), one sentence (7), then 14
``- `` bullets (9-22), one Chicago-style citation each, written in two styles:
- 9-17 (the first commit's nine): ``Authors. Year. ["Title."](url) *Journal* vol (issue): pages.`` -- the quoted title,
  its closing period inside the quotes, is the link text; straight quotes on 9-15, curly quotes on 16-17, and 17 has
  the whole venue inside the italics (``*The Quarterly Journal of Economics 115 (4): 1167–99.*``).
- 18-22 (added later): ``Authors. "[Title](url)." *Journal* vol, no. N (Month Year): pages.`` -- the link sits inside
  the quotes and holds the bare title; no year after the authors.
Links: doi.org (most) or JSTOR stable URLs (10, 11, 20).

Special cases:
- 19 Engerman & Sokoloff: an NBER Historical Paper (``doi.org/10.3386/h0066``), a working paper, still an entry.
- 22 Gabaix & Laibson ``The Seven Properties of Good Models``: a chapter in an edited handbook (OUP DOI
  ``10.1093/acprof:oso/...``), a book chapter, so an entry.
- 18 and 22 are two different papers by the same authors (Gabaix, Laibson).
- 13 ``Kőszegi`` / 14 ``González``: accented author names (authors, not titles).

Decisions:
- Entry = every bullet (14, one line each); title = the quoted title without its quote marks and without the closing
  period (from the link text on 9-17, which holds the quotes; the link text itself on 18-22).
- Ids: DOIs from doi.org links (11 of 14); JSTOR links (10, 11, 20) give none.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "williamradaic__williamradaic.github.io__content__posts__favorite-papers@e841e8a.md"
PART = "wild49_development"

# style A: Authors. Year. ["Title."](url) ...   style B: Authors. "[Title](url)." ...
STYLE_A = re.compile(r'^- (?P<authors>.+?)\. (?P<year>\d{4})\. \[["“](?P<title>.+?)\.?["”]\]\((?P<url>https?://\S+?)\) \*')
STYLE_B = re.compile(r'^- (?P<authors>.+?)\. "\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)]+)\)\." ')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "+++" and lines[4] == "+++", lines[:5]
    papers = []
    styles = {"A": 0, "B": 0}
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = STYLE_A.match(ln)
        if m:
            styles["A"] += 1
        else:
            m = STYLE_B.match(ln)
            assert m, (n, ln)
            styles["B"] += 1
        title = m.group("title")
        assert not re.search(r'["“”\[\]*]', title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert styles == {"A": 9, "B": 5}, styles
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[9]["doi"]) == (
        "Voting Technology, Political Responsiveness, and Infant Health: Evidence from Brazil", "10.3982/ecta11520"), t[9]
    assert (t[10]["title"], t[10]["doi"]) == ("The Use of Knowledge in Society", None), t[10]
    assert t[16]["title"] == "Doing It Now or Later", t[16]
    assert t[17]["title"].startswith("Why Did the West Extend the Franchise? Democracy"), t[17]
    assert (t[19]["doi"], t[20]["doi"]) == ("10.3386/h0066", None), (t[19], t[20])
    assert (t[22]["title"], t[22]["doi"]) == (
        "The Seven Properties of Good Models", "10.1093/acprof:oso/9780195328318.003.0012"), t[22]
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet (9-22) is an entry (14, one line each): Chicago citations in two styles, the quoted title"
        " as link text ('[\"Title.\"](url)', 9-17, straight or curly quotes) or the link inside the quotes"
        " ('\"[Title](url).\"', 18-22); title = the quoted title without quotes and closing period; the NBER"
        " historical paper (19) and the handbook chapter (22) are entries.",
        "Read all 22 lines; compared -v with all 14 bullets: titles against the quoted text, curly-quote lines 16-17,"
        " the italic-venue line 17; DOIs of the doi.org links (incl. the OUP chapter DOI 22 and NBER h0066 19), none"
        " for the JSTOR links 10, 11, 20.",
    )


if __name__ == "__main__":
    main()
