"""Wild35 truth for li-xin-yi/program-analysis-for-sercurity-review survey.md: a student's checklist of
program-analysis-for-security papers grouped by venue (S&P, CCS, NDSS, USENIX Security, RAID, misc).

Shape: task-list items `- [ ] [Title](url) (*technique*) year`; titles sometimes bold inside the link
(lines 13, 19, 54) and with Markdown escapes (`PKCS\\#1`, line 25). Some items carry nested sub-bullets of
notes, slides and video links (lines 20-24 under line 19, 55 under line 54, 52 under the non-paper 51);
they hold no paper of their own and the entry spans the item line and its nested lines. In "Miscellaneous" (lines 48-57) the items switch to `[Title](url): *technique*, note`.
Not entries: the Wikipedia page, a GitHub notes repo, a gist of resources (lines 48-50) and a conference
talk with its slides (line 51). Line 53 (Bouncer) also links a second paper it was "mentioned in"; that is
a cross-reference inside the note, so the record stays one entry for Bouncer.
The title is the first link text of the item.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "li-xin-yi__program-analysis-for-sercurity-review__survey@7f67baf.md"
PART = "wild35_development"
NOT_PAPERS = (48, 49, 50, 51)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"- \[[ x]\] \[(.+?)\]\(", ln)
        if not m or i in NOT_PAPERS:
            continue
        j = i
        while j < len(lines) and lines[j].startswith((" ", "\t")) and lines[j].strip():
            j += 1  # nested note / slides bullets belong to the item
        papers.append(entry(lines, i, j, m.group(1)))
    assert len(papers) == 29, len(papers)
    write_truth(NAME, PART, papers,
                "Each top-level task-list item linking a paper is one entry (item line plus its nested note/slide "
                "bullets), title = first link text; Wikipedia, repo, gist and talk items are not entries.",
                "All 29 entries and the 4 excluded misc items read against the file by eye; DOIs in dl.acm.org "
                "URLs and the one arXiv PDF link checked.")


if __name__ == "__main__":
    main()
