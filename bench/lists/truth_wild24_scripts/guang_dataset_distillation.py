"""Wild24 truth for Guang000/Awesome-Dataset-Distillation README.md: an awesome list of dataset
distillation / condensation papers (main methods, then ~40 application areas).

Shape: '+' bullets (not '-'), one paper per line:
'+ [Title](url) (Authors et al., VENUE year) [:globe_with_meridians:](project) [:octocat:](code)
[:book:](./citations/x.txt)', under '##'/'###'/'####' headings with '<a name="..." />' anchors.
Title = the text of the first link.  Special cases:
- 'Latest Updates' (lines 23-35): the bullet starts with a date tag '[2026/07/08] ' before the
  title link; the tag is dropped.  These 13 papers appear again in the sections below; each
  appearance is its own entry.
- Line 312: the same record shape with no '+' (a loose paragraph line under 'Decoupled
  Distillation'); an entry.
- Ph.D. thesis (line 367) is an entry (a thesis).
Not entries: the legend bullets (lines 18-20: ':globe_with_meridians: Project Page' ...), the
table of contents, the 'Workshop' bullet (line 372, a CVPR workshop) and the 'Challenge' bullet
(line 377, a competition) -- both name no paper and have no title link --, the four 'Media
Coverage' bullets (lines 691-694: a tweet, a ranking page, two Chinese news articles), the list's
own BibTeX ('Citing Awesome Dataset Distillation', lines 697-705), the acknowledgements.
Hosts: arXiv abs, OpenReview, CVF, ACM/IEEE/Springer and other publisher pages; ids only where
the line writes them.
Count check: 371 lines starting '+' = 3 legend + 13 dated + 349 '+ [Title](url) (' records + 1
workshop + 1 challenge + 4 media; entries = 13 + 349 + 1 (line 312) = 363.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "Guang000__Awesome-Dataset-Distillation__README@f1802ad.md"
PART = "wild24_development"
LINK = r"\[((?:[^\[\]]|\[[^\]]*\])+)\]\(([^)\s]+)\)"
RECORD = re.compile(r"(?:\+ )?(?:\[\d{4}/\d{2}/\d{2}\] )?" + LINK + r" \(")
LEGEND = {18, 19, 20}
NOT_PAPERS = {372, 377, 691, 692, 693, 694}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    plus = dated = 0
    for n, text in enumerate(lines, 1):
        if text.startswith("+"):
            plus += 1
        if n in LEGEND or n in NOT_PAPERS:
            assert text.startswith("+ ") and not RECORD.match(text), n
            continue
        m = RECORD.match(text)
        if not m:
            assert not text.startswith("+"), n
            continue
        if re.match(r"\+ \[\d{4}/", text):
            dated += 1
            assert 23 <= n <= 35, n
        if not text.startswith("+"):
            assert n == 312, n
        papers.append(entry(lines, n, n, m.group(1)))
    assert plus == 371, plus
    assert dated == 13, dated
    assert len(papers) == 363, len(papers)
    write_truth(NAME, PART, papers,
                "every '[Title](url) (Authors, Venue)' record is an entry, on a '+' bullet (a '[yyyy/mm/dd]' tag"
                " dropped in Latest Updates) or, once (line 312), without a bullet; title = the first link text;"
                " legend, workshop, challenge, media-coverage bullets and the list's own BibTeX are not entries",
                "all 371 '+' lines sorted by the script's counts and by eye (legend, 13 dated, 349 records, workshop,"
                " challenge, 4 media); by eye the first and last entry of each '###' section, about 25 others, line"
                " 312, the thesis on line 367; every title checked against its line and arXiv ids against the links")


if __name__ == "__main__":
    main()
