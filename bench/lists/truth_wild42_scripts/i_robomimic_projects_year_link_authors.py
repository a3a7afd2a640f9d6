"""Wild42 truth for ARISE-Initiative/robomimic docs/miscellaneous/references.md (commit e55a8b7, July 2023): the
"Projects using robomimic" page of a robot-learning framework's documentation, a software project's bibliography of
the papers that use it (imitation learning, offline RL, manipulation).  The page was emptied in the v0.5 release
(ae5799f, June 2025), which replaced the list by a single Google Scholar "cited by" link, so the last version that
still holds the list is used.

Shape: "# Projects using robomimic" (1), an intro sentence with the maintainer's e-mail in angle brackets (3), then
four "## " year headings (2023 at 5, 2022 at 24, 2021 at 38, 2020 at 47), each followed by one-line records:
    - [Title](url). Author, Author\\*, Author
The links go to arxiv.org/abs (33), openreview.net/forum (33, HEETR) and proceedings.mlr.press (34); equal
contribution is marked with escaped asterisks in the author lists (7, 45); author lists run long (up to a dozen
names, 40).  No record repeats a paper.

Decisions:
- Entries: every "- " bullet (35), each one paper (arXiv preprints and conference papers; "RLDS: an Ecosystem ..."
  40 and "ORBIT: A Unified Simulation Framework ..." 19 are papers about software, published as papers, so kept).
  The headings and the intro sentence are not entries.
- Span: the bullet's single line.
- Title: the link text (no markup inside any link text).
- Ids: the arXiv id of the arxiv.org/abs link; the OpenReview and PMLR links give none; no DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "ARISE-Initiative__robomimic__docs__miscellaneous__references@e55a8b7.md"
PART = "wild42_development"

RECORD = re.compile(r"^- \[([^\]]+)\]\((https?://\S+?)\)\. \S")
YEARS = {5: "## 2023", 24: "## 2022", 38: "## 2021", 47: "## 2020"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_year: dict[str, int] = {}
    year = None
    for n, ln in enumerate(lines, 1):
        if n in YEARS:
            assert ln == YEARS[n], (n, ln)
            year = ln
            continue
        if not ln.startswith("- "):
            assert n <= 3 or not ln.strip(), (n, ln)
            continue
        m = RECORD.match(ln)
        assert m and year, (n, ln)
        papers.append(entry(lines, n, n, m.group(1)))
        per_year[year] = per_year.get(year, 0) + 1
    assert per_year == {"## 2023": 16, "## 2022": 11, "## 2021": 6, "## 2020": 2}, per_year
    assert sum(1 for p in papers if p["arxiv"]) == 33
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url). Authors' bullet under the four year headings of the 'Projects using robomimic' page"
        " is one paper (35); title = the link text; id = the arXiv id of the arxiv.org/abs link (33), none for the"
        " OpenReview and PMLR links; the list's last version before it was emptied (e55a8b7) is used.",
        "Script asserts every non-blank line after the intro is a year heading or a one-line '- [Title](url). ...'"
        " record, the per-year counts 16/11/6/2 and 33 arXiv ids; -v output compared by eye with the file for all 35"
        " records (first and last of each year: 7, 22, 26, 36, 40, 45, 49, 50; the non-arXiv links 33 and 34; the"
        " escaped-asterisk author lists 7 and 45; the long author lists 15, 19, 40); every printed arXiv id checked"
        " against its URL and every title found verbatim in its line.",
    )


if __name__ == "__main__":
    main()
