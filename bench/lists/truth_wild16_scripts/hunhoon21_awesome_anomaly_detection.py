"""Wild16 truth for hunhoon21/blog _posts/2020-10-29-Awesome-Anomaly-Detection.md: a Korean student's blog
post listing the anomaly / novelty / out-of-distribution detection papers of six conferences by year.

Shape: a title, two '* Keyword:' / '* Conference:' bullets (lines 2-3, not entries), Korean prose, an
image, a 21-column table of submitted / accepted / anomaly-paper counts per conference and year (lines
19-31), then '# YYYY (N papers)' headings (2020 down to 2011) over '* ' (2020: '- ') bullets
'Title | __[VENUE]__ | [pdf](url)'; a few have no pdf part ('Title | **[KDD]**'), the venue is bold with
'__' or '**'.  The 2020 heading says '(10 papers)' but lists 30, as the table's 2020 total says.

Entries: every bullet under a year heading (137).  Title = the text before the first ' | ', with the
presentation notes '(ORAL)' / '(oral)' dropped (lines 43, 158); 'RaPP(Novelty Detection with
Reconstruction along Projection Pathway)' (line 36) is kept as written, the short name being part of the
written title.  Ids: arXiv ids from arxiv.org pdf links, DOIs from dl.acm.org 'doi/pdf/10.1145/...'
links; OpenReview, NeurIPS, PMLR/JMLR, CVF, Semantic Scholar, CiteSeerX, ResearchGate links give none.

Count check: per-year bullet counts (30, 34, 21, 17, 8, 7, 8, 6, 3, 3) equal the 'Total AD-papers'
column of the post's own table (30, 34, 21, 17, 8, 7, 8, 6, 3, 3; 137 in all); grep -c '^[*-] ' gives
139 = 137 + the two header bullets.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "hunhoon21__blog___posts__2020-10-29-Awesome-Anomaly-Detection@2f3d0c9.md"
PART = "wild16_development"
PER_YEAR = {"2020": 30, "2019": 34, "2018": 21, "2017": 17, "2016": 8, "2015": 7, "2014": 8, "2013": 6,
            "2012": 3, "2011": 3}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    year = None
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        h = re.match(r"# (\d{4})\s", text)
        if h:
            year = h.group(1)
            continue
        if year is None or not re.match(r"[*-] ", text):
            continue
        m = re.match(r"[*-] (.+?)\s*\|\s*(?:__|\*\*)\[[A-Z]+\](?:__|\*\*)", text)
        assert m, i
        title = re.sub(r"\s*\((?:ORAL|oral)\)$", "", m.group(1).strip())
        papers.append(entry(lines, i, i, title))
        counts[year] = counts.get(year, 0) + 1
    assert counts == PER_YEAR, counts
    assert len(papers) == 137
    write_truth(NAME, PART, papers,
                "every 'Title | [VENUE] | [pdf](url)' bullet under a year heading is an entry; title = the text before"
                " the first ' | ', presentation notes '(ORAL)'/'(oral)' dropped; the two header bullets are not entries",
                "per-year counts against the post's own table of anomaly-paper totals (137), every bullet's shape"
                " (asserted), the bullets without a pdf link, the '(ORAL)' and 'RaPP(...)' titles, 25 sampled titles"
                " and ids")


if __name__ == "__main__":
    main()
